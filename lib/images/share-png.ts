/**
 * Draws a preview image: Satori lays the card out as SVG and sharp turns it
 * into a PNG. Satori is used directly rather than through next/og, whose
 * bundled copy is years older and spaces words unevenly.
 */
import { readFile } from "node:fs/promises";
import type { ReactElement } from "react";
import satori, { type SatoriOptions } from "satori";
import sharp from "sharp";
import { siteFont } from "@/lib/site-font";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

let fonts: Promise<SatoriOptions["fonts"]> | undefined;

/** The owner's font as TrueType, OpenType or WOFF files (Satori reads no WOFF2), read once per build. */
function shareImageFonts() {
  const { family, files } = siteFont();
  fonts ??= Promise.all(([400, 600] as const).map(async (weight) => ({ name: family, data: await readFile(files[weight]), weight })));
  return fonts;
}

/** The card as Satori lays it out; `onNodeDetected` sees every box it places (the layout test reads them). */
export async function shareSvg(card: ReactElement, onNodeDetected?: SatoriOptions["onNodeDetected"]): Promise<string> {
  return satori(card, { ...SHARE_IMAGE_SIZE, fonts: await shareImageFonts(), onNodeDetected });
}

export async function sharePng(card: ReactElement): Promise<Buffer> {
  return sharp(Buffer.from(await shareSvg(card)))
    .png()
    .toBuffer();
}
