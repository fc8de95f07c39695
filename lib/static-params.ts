import { readdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Params for a dynamic route under `output: 'export'`: every record's slug and
 * every slug it used to have (those pages forward to the new address). Next
 * refuses to export a route whose generateStaticParams is empty, so a site
 * with, say, no projects yet gets one placeholder slug whose page is a 404.
 */
export const PLACEHOLDER_SLUG = "_none";

export function slugParams(records: readonly { slug: string; formerSlugs?: readonly string[] }[]): { slug: string }[] {
  const slugs = records.flatMap((record) => [record.slug, ...(record.formerSlugs ?? [])]);
  return (slugs.length ? slugs : [PLACEHOLDER_SLUG]).map((slug) => ({ slug }));
}

/**
 * Removes the placeholder pages from an export: nothing links to them, and a
 * deployed site should not carry a page for a record that does not exist.
 */
export function removePlaceholderPages(outDir: string): void {
  for (const entry of readdirSync(outDir, { recursive: true, encoding: "utf8" })) {
    if (path.basename(entry).replace(/\.[^.]+$/, "") === PLACEHOLDER_SLUG) rmSync(path.join(outDir, entry), { recursive: true, force: true });
  }
}
