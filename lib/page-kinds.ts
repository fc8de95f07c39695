/**
 * The kinds of record with pages of their own, each in one entry: the page
 * that lists them (named in the navigation and on the 404 page by the
 * interface's messages, `sections.<kind>` in lib/i18n), the files
 * that exist only while there are any (feeds), and how the sitemap weighs a
 * record's page. The navigation, the 404 page, the sitemap and the export's
 * clean-up iterate over it, in this order; a kind the site has none of is
 * left out of all of them (skills' list page stays, as home links to it).
 */
import { getRecords, type PageKind } from "./content";
import { routes } from "./routes";

interface PageKindView {
  list: string;
  files: readonly string[];
  priority: number;
}

export const PAGE_KINDS: { [Kind in PageKind]: PageKindView } = {
  skill: { list: routes.skills, files: [], priority: 0.7 },
  project: { list: routes.projects, files: [], priority: 0.6 },
  achievement: { list: routes.achievements, files: [], priority: 0.6 },
  article: { list: routes.writing, files: [routes.atomFeed, routes.jsonFeed], priority: 0.6 },
  publication: { list: routes.publications, files: [], priority: 0.6 },
  talk: { list: routes.talks, files: [], priority: 0.6 },
};

export const PAGE_KIND_NAMES = Object.keys(PAGE_KINDS) as PageKind[];

/** The page kinds this site has records of, in navigation order. */
export function presentPageKinds(): PageKind[] {
  return PAGE_KIND_NAMES.filter((kind) => getRecords(kind).length > 0);
}

/** Every record with a page, of every kind. */
export function pageRecords() {
  return PAGE_KIND_NAMES.flatMap((kind) => getRecords(kind));
}
