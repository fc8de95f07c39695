import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import { hasContact } from "@/components/contact-links";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getProfile } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site-config";
import "./globals.css";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  const brand = profile.name ?? profile.headline;
  const page = pageMetadata({ title: brand, description: profile.summary, route: routes.home, type: "profile" });
  return {
    ...page,
    metadataBase: siteUrl,
    title: { default: brand, template: `%s · ${brand}` },
    openGraph: { ...page.openGraph, siteName: brand, locale: "en" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const profile = getProfile();
  const brand = profile.name ?? profile.headline;
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="flex min-h-dvh flex-col bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <SiteHeader brand={brand} hasContact={hasContact(profile)} />
        <main className="mx-auto w-full max-w-5xl flex-1 px-5 pt-10 sm:px-8 sm:pt-14">{children}</main>
        <SiteFooter brand={brand} />
      </body>
    </html>
  );
}
