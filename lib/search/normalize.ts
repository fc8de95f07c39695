/**
 * One spelling for every way a technology is written: "Node.js", "NodeJS",
 * "node js" and "NODE.JS" all become "nodejs"; "C++" becomes "cplusplus".
 */
export function normalizeTerm(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/\+/g, "plus")
      // "#" is "sharp" after a name ("C#", "F#"); a leading one ("#hashtag") is punctuation, as a posting's words read it.
      .replace(/(?<=[\p{L}\p{N}+])#/gu, "sharp")
      .replace(/[^\p{L}\p{N}]+/gu, "")
  );
}
