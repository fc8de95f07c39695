/** The HTML pages of a static export, as paths, in a stable order: the post-build steps rewrite each one. */
import { readdirSync } from "node:fs";
import path from "node:path";

export function exportedHtmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
