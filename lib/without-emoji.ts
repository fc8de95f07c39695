/**
 * Text without its emoji, for what is drawn at build time: Satori draws emoji
 * from images it downloads (which fails without a network, and would make
 * builds depend on one), and the PDF's font has no emoji. The pages keep them.
 * What is left has one space between words, as a browser would draw it.
 */
// "©", "®" and "™" are pictographs too, but text unless U+FE0F makes them emoji ("ISTQB®"); fonts have them.
const EMOJI =
  /(?:(?![©®™])\p{Extended_Pictographic}|[©®™]\u{FE0F})[\u{FE0F}\u{200D}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]*|[\u{1F1E6}-\u{1F1FF}]|[#*0-9]\u{FE0F}?\u{20E3}|\u{FE0F}/gu;

export function withoutEmoji(text: string): string {
  return text.replace(EMOJI, "").replace(/\s+/g, " ").trim();
}
