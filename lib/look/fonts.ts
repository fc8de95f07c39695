/**
 * The typefaces an owner can choose (`look.font` in profile.md), all
 * self-hosted from npm packages: nothing is fetched from a font service, at
 * build or at view time. Each has the variable WOFF2 files the pages load,
 * split by script (app/fonts/<name>.css, written by `npm run fonts`), and the
 * files the build draws text with itself, the preview images and the PDF.
 * Only the chosen one is built into the site (next.config.ts).
 */
export interface SiteFont {
  family: string;
  /** The Fontsource package of variable WOFF2 files, one per script, that the pages load. */
  web: string;
  /** TrueType, OpenType or WOFF files (Satori reads no WOFF2) for the preview images and the PDF, by weight, under node_modules/. */
  print: { 400: string; 600: string };
  generic: "sans-serif" | "serif";
}

export const SITE_FONTS = {
  geist: {
    family: "Geist",
    web: "@fontsource-variable/geist",
    print: { 400: "geist/dist/fonts/geist-sans/Geist-Regular.ttf", 600: "geist/dist/fonts/geist-sans/Geist-SemiBold.ttf" },
    generic: "sans-serif",
  },
  "ibm-plex-sans": {
    family: "IBM Plex Sans",
    web: "@fontsource-variable/ibm-plex-sans",
    print: { 400: "@ibm/plex-sans/fonts/complete/woff/IBMPlexSans-Regular.woff", 600: "@ibm/plex-sans/fonts/complete/woff/IBMPlexSans-SemiBold.woff" },
    generic: "sans-serif",
  },
  "source-serif": {
    family: "Source Serif 4",
    web: "@fontsource-variable/source-serif-4",
    print: { 400: "source-serif/OTF/SourceSerif4-Regular.otf", 600: "source-serif/OTF/SourceSerif4-Semibold.otf" },
    generic: "serif",
  },
} as const satisfies Record<string, SiteFont>;

export type SiteFontName = keyof typeof SITE_FONTS;

export const FONT_NAMES = Object.keys(SITE_FONTS) as SiteFontName[];

export const DEFAULT_FONT: SiteFontName = "geist";

/** The class on <html> that keeps a page in its fallback face when the font came too late (lib/font-preload.ts). */
export const FONT_FALLBACK_CLASS = "font-fallback";

/** Where a font's @font-face rules are, for the import app/layout.tsx makes as "site-font.css". */
export const fontStylesheet = (name: SiteFontName) => `./app/fonts/${name}.css`;

/** The font profile.md's `look.font` names, for next.config.ts, which runs before the content is checked; the default when it names none we have. */
export function chosenFont(profile: Record<string, unknown>): SiteFontName {
  const font = (profile.look as { font?: unknown } | undefined)?.font;
  return FONT_NAMES.find((name) => name === font) ?? DEFAULT_FONT;
}
