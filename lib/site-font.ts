/**
 * The site's typeface, Geist from the geist package, as TrueType files for the
 * renderers that draw text themselves at build time: the preview images
 * (Satori) and the résumé PDF. The pages load the same design as variable
 * WOFF2 files split by script (app/fonts.css).
 */
import path from "node:path";

const FONT_DIR = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");

export const SITE_FONT = {
  family: "Geist",
  files: { 400: path.join(FONT_DIR, "Geist-Regular.ttf"), 600: path.join(FONT_DIR, "Geist-SemiBold.ttf") },
} as const;
