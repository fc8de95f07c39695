/**
 * The owner's typeface (profile.md's look.font, lib/look/fonts.ts) as files
 * for the renderers that draw text themselves at build time: the preview
 * images (Satori) and the résumé PDF. The pages load the same design as
 * variable WOFF2 files split by script (app/fonts/<font>.css).
 */
import path from "node:path";
import { getProfile } from "@/lib/content";
import { SITE_FONTS } from "@/lib/look/fonts";

export function siteFont(): { family: string; files: { 400: string; 600: string } } {
  const { family, print } = SITE_FONTS[getProfile().look.font];
  const file = (relative: string) => path.join(process.cwd(), "node_modules", relative);
  return { family, files: { 400: file(print[400]), 600: file(print[600]) } };
}
