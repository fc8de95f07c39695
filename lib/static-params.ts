/**
 * Params for a dynamic route under `output: 'export'`. Next refuses to export a
 * route whose generateStaticParams is empty, so a site with, say, no projects
 * yet gets one placeholder slug whose page is a 404.
 */
export const PLACEHOLDER_SLUG = "_none";

export function slugParams(records: readonly { slug: string }[]): { slug: string }[] {
  return records.length ? records.map(({ slug }) => ({ slug })) : [{ slug: PLACEHOLDER_SLUG }];
}
