/**
 * One spelling for every way a technology is written: "Node.js", "NodeJS",
 * "node js" and "NODE.JS" all become "nodejs"; "C++" becomes "cplusplus".
 */
export function normalizeTerm(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\+/g, "plus")
    .replace(/#/g, "sharp")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
