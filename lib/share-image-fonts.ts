/** The site's font, as TrueType files, for rendering preview images at build time (Satori reads TTF, not WOFF2). */
import { readFile } from "node:fs/promises";
import path from "node:path";

const FONT_DIR = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 600 }[]> | undefined;

export function shareImageFonts() {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, "Geist-Regular.ttf")).then((data) => ({ name: "Geist", data, weight: 400 as const })),
    readFile(path.join(FONT_DIR, "Geist-SemiBold.ttf")).then((data) => ({ name: "Geist", data, weight: 600 as const })),
  ]);
  return fonts;
}
