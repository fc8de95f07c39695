/**
 * The profile's front matter as written, read plainly, for the configuration
 * files that run before the content pipeline (next.config.ts and what it
 * imports); the pipeline validates the same fields (`npm run check`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";

/** The front matter of profile.md, or nothing when the file is missing or unreadable. */
export function plainProfile(): Record<string, unknown> {
  try {
    return matter(readFileSync(path.resolve(process.env.CONTENT_DIR ?? "content", "profile.md"), "utf8"), {}).data;
  } catch {
    return {};
  }
}
