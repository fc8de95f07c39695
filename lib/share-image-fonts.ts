/** The site's font, as TrueType files, for rendering preview images at build time (Satori reads TTF, not WOFF2). */
import { readFile } from "node:fs/promises";
import { SITE_FONT } from "./site-font";

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 600 }[]> | undefined;

export function shareImageFonts() {
  fonts ??= Promise.all(([400, 600] as const).map(async (weight) => ({ name: SITE_FONT.family, data: await readFile(SITE_FONT.files[weight]), weight })));
  return fonts;
}
