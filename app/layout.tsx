import type { Metadata, Viewport } from "next";
import { SiteBehaviours } from "@/components/site-behaviours";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ThemeScript } from "@/components/theme-script";
import { ThemeStyle } from "@/components/theme-style";
import { getArticles, getProfile } from "@/lib/content";
import { FEEDS, feedTitle } from "@/lib/feeds";
import { messages } from "@/lib/i18n";
import { toneShades } from "@/lib/look/palette";
import { navigation } from "@/lib/navigation";
import { siteIdentity } from "@/lib/page-metadata";
import { basePath, siteUrl } from "@/lib/site-config";
import { siteIcons } from "@/lib/site-icon";
// The owner's typeface, chosen in next.config.ts from profile.md's look.font (lib/look/fonts.ts).
import "site-font.css";
import "./globals.css";

/**
 * Site-wide defaults only. Each page sets its own title, canonical URL and card
 * tags (lib/page-metadata.ts), so a page without them has no wrong canonical.
 */
export function generateMetadata(): Metadata {
  const { name } = siteIdentity();
  return {
    metadataBase: siteUrl,
    title: { default: name, template: `%s · ${name}` },
    description: getProfile().summary,
    icons: siteIcons(),
  };
}

/** The browser's chrome takes the header's colour: white, or the owner's darkest grey. */
export function generateViewport(): Viewport {
  const darkest = toneShades(getProfile().look.neutral)["950"];
  return {
    themeColor: [
      { media: "(prefers-color-scheme: light)", color: "#ffffff" },
      { media: "(prefers-color-scheme: dark)", color: darkest },
    ],
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const profile = getProfile();
  const brand = profile.name ?? profile.headline;
  const { look } = profile;

  return (
    // The theme script may add a class to <html> before React hydrates.
    <html lang={siteIdentity().language} className={look.theme === "system" ? undefined : look.theme} suppressHydrationWarning>
      <head>
        <ThemeStyle look={look} />
        <ThemeScript />
        {getArticles().length > 0 &&
          FEEDS.map((feed) => <link key={feed.type} rel="alternate" type={feed.type} href={`${basePath}${feed.route}`} title={feedTitle(profile)} />)}
      </head>
      <body className="flex min-h-dvh flex-col bg-tone-50 text-tone-900 antialiased dark:bg-tone-950 dark:text-tone-100 print:bg-white">
        <a
          href="#main"
          className="sr-only rounded-lg bg-accent px-4 py-3 text-sm font-semibold text-on-accent focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
        >
          {messages().frame.skipToContent}
        </a>
        <SiteHeader brand={brand} sections={navigation()} theme={look.theme} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-5 pt-10 outline-none sm:px-8 sm:pt-14 print:p-0">
          {children}
        </main>
        <SiteFooter profile={profile} />
        <SiteBehaviours />
      </body>
    </html>
  );
}
