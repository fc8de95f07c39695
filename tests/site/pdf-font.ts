/**
 * What the résumé PDF can draw: its embedded font, Geist, covers Latin (with
 * Latin Extended) and Cyrillic; letters of other scripts (Greek, Hebrew,
 * Arabic, CJK) and emoji have no glyph in it and are not in the PDF's text.
 * The PDF's facts are checked as far as its font can draw them.
 */
import * as fontkit from "fontkit";
import { SITE_FONT } from "@/lib/site-font";

const font = fontkit.openSync(SITE_FONT.files[400]) as fontkit.Font;

/** `text` with every character the PDF's font has no glyph for left out, and spaces closed up. */
export function drawableInPdf(text: string): string {
  return [...text]
    .filter((char) => /\s/.test(char) || font.hasGlyphForCodePoint(char.codePointAt(0)!))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
