/** The pages the export must contain, derived from the content the site was built from. */
import { loadContent } from "../../lib/content/load";
import { recordRoute, routes } from "../../lib/routes";

export function contentPages(contentDir = "content") {
  const { content } = loadContent(contentDir);
  const records = [...content.skills, ...content.projects, ...content.achievements];
  return {
    content,
    records: records.map((record) => ({ path: recordRoute(record), title: record.kind === "achievement" ? record.metric : record.title, source: record.source })),
    listPages: [routes.home, routes.skills, routes.projects, routes.achievements, routes.tags],
    tagPages: content.tags.map((tag) => routes.tag(tag.slug)),
  };
}

/** Page-relative URL for Playwright, whose baseURL may carry a base path. */
export const relative = (path: string) => `.${path}`;
