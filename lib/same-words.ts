/**
 * Whether two labels say the same words, whatever their case, accents or
 * punctuation: a category called "Skills" under the heading "Skills", which a
 * breadcrumb or a résumé should not print twice.
 */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(" ");
  return words(a) === words(b);
}
