/**
 * What the résumé PDF can draw: its embedded font (the owner's, lib/site-font.ts)
 * covers Latin with Latin Extended, and some Cyrillic or Greek; letters of
 * other scripts (Hebrew, Arabic, CJK) and emoji have no glyph in it and are
 * not in the PDF's text. The PDF's facts are checked as far as its font can draw them.
 */
import * as fontkit from "fontkit";
import { siteFont } from "@/lib/site-font";

let font: fontkit.Font | undefined;

const drawable = (char: string) => {
  font ??= fontkit.openSync(siteFont().files[400]) as fontkit.Font;
  return /\s/.test(char) || font.hasGlyphForCodePoint(char.codePointAt(0)!);
};

/**
 * The parts of `text` the PDF's font can draw, split where it cannot: what
 * a PDF reader extracts for glyphs the font lacks varies (nothing, or the
 * letters again in another order for right-to-left text), so only the
 * drawable runs are facts to look for.
 */
export function drawableInPdf(text: string): string[] {
  const runs: string[][] = [[]];
  for (const char of text) {
    if (drawable(char)) runs.at(-1)!.push(char);
    else runs.push([]);
  }
  return runs.map((run) => run.join("").replace(/\s+/g, " ").trim()).filter((run) => /[\p{L}\p{N}]/u.test(run));
}
