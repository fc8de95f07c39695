/**
 * Minutes to read a rendered body, at least one: about 230 words a minute,
 * and, for scripts written without spaces (Chinese, Japanese, Korean), about
 * 500 characters a minute.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function readingMinutes(html: string): number {
  const text = html.replace(/<[^>]*>/g, " ").replace(/&[#\w]+;/g, " ");
  const characters = text.match(UNSPACED)?.length ?? 0;
  const words = text
    .replace(UNSPACED, " ")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / 230 + characters / 500));
}
