import transliterate from "@sindresorhus/slugify";

/** Lowercase ASCII words joined by single hyphens: safe in any URL and on any file system. */
export const SAFE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSafeSlug(value: string): boolean {
  return SAFE_SLUG.test(value);
}

/**
 * A tag's URL segment from its label: "Node.js" -> "node-js", "C++" ->
 * "c-plus-plus", "Pub/sub" -> "pub-sub". Letters of other scripts are kept,
 * accents are dropped. Tag URLs are already published and shared, so this
 * stays as it is; file slugs below transliterate instead.
 */
export function slugify(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** How engineers spell the technologies whose names are mostly punctuation. */
const TECH_SPELLINGS: [string, string][] = [
  ["++", "pp"],
  ["#", "sharp"],
];

/**
 * A file-name slug from any title, ASCII only since it becomes a URL and a
 * file on every system, with letters transliterated rather than dropped:
 * "Straße" -> "strasse", "Łódź" -> "lodz", "C++" -> "cpp", "C#" -> "csharp",
 * ".NET" -> "dotnet". Empty when nothing is left ("日本語").
 */
export function fileSlug(title: string): string {
  // Whole words: "TypeScript" -> "typescript", "SQLite" -> "sqlite", "GmbH" -> "gmbh" (the library would split them at capitals).
  return transliterate(title.replace(/(^|\s)\.net\b/gi, "$1dotnet"), { customReplacements: TECH_SPELLINGS, decamelize: false });
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `value`, if it is near enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const tolerance = Math.max(2, Math.floor(Math.max(value.length, best.candidate.length) / 3));
  const isPrefix = best.candidate.startsWith(value) || value.startsWith(best.candidate);
  return best.distance <= tolerance || isPrefix ? best.candidate : undefined;
}

export function didYouMean(value: string, candidates: Iterable<string>): string {
  const suggestion = closest(value, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : "";
}
