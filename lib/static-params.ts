import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { PageKind } from "./content";
import { PAGE_KIND_NAMES, PAGE_KINDS, presentPageKinds } from "./page-kinds";

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

/** The list pages and feeds of the kinds this site has none of; skills' list page always stays. */
function emptyKinds(): PageKind[] {
  const present = presentPageKinds();
  return PAGE_KIND_NAMES.filter((kind) => kind !== "skill" && !present.includes(kind));
}

/** Removes those list pages and feeds from an export, with the data Next writes beside them. */
export function removeEmptyListPages(outDir: string): void {
  for (const kind of emptyKinds()) {
    for (const route of [PAGE_KINDS[kind].list, ...PAGE_KINDS[kind].files]) rmSync(path.join(outDir, route), { recursive: true, force: true });
  }
}
