import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { getRecords, type PageKind } from "./content";
import { routes } from "./routes";

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

/** The kinds a site may have none of, and the pages that list them: the list page first, then any feeds. */
const OPTIONAL_LISTS: Partial<Record<PageKind, string[]>> = {
  project: [routes.projects],
  achievement: [routes.achievements],
  article: [routes.writing, routes.atomFeed, routes.jsonFeed],
  publication: [routes.publications],
  talk: [routes.talks],
};

const emptyKinds = () => Object.entries(OPTIONAL_LISTS).filter(([kind]) => getRecords(kind as PageKind).length === 0);

/** The list pages of the kinds this site has none of: the export leaves them out, and so do the sitemap and the navigation. */
export function emptyListRoutes(): string[] {
  return emptyKinds().map(([, [list]]) => list!);
}

/** Removes those list pages and feeds from an export, with the data Next writes beside them. */
export function removeEmptyListPages(outDir: string): void {
  for (const [, routes] of emptyKinds()) for (const route of routes) rmSync(path.join(outDir, route), { recursive: true, force: true });
}
