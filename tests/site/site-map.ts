/** The pages the export must contain, derived from the content the site was built from. */
import path from "node:path";
import { loadContent } from "@/lib/content/load";
import { recordRoute, routes } from "@/lib/routes";
import { e2eSite } from "./site";

const site = e2eSite();

export function contentPages() {
  const { content } = loadContent(site.contentDir);
  const records = [...content.skills, ...content.projects, ...content.achievements, ...content.articles, ...content.publications, ...content.talks];
  // A kind the site has none of has no list page (lib/static-params.ts).
  const lists: [string, readonly unknown[]][] = [
    [routes.projects, content.projects],
    [routes.achievements, content.achievements],
    [routes.writing, content.articles],
    [routes.publications, content.publications],
    [routes.talks, content.talks],
  ];
  const optionalLists = lists.filter(([, records]) => records.length > 0).map(([route]) => route);
  return {
    content,
    records: records.map((record) => ({
      path: recordRoute(record),
      title: record.kind === "achievement" ? record.metric : record.title,
      source: record.source,
    })),
    listPages: [routes.home, routes.skills, ...optionalLists, routes.experience, routes.tags],
    tagPages: content.tags.map((tag) => routes.tag(tag.slug)),
  };
}

/**
 * The pages a whole-site sweep (accessibility, layout, security policy)
 * visits. Every list page and every skill, project, result, article, publication and talk page; of the
 * tag pages, which all share one plain template and can number in the
 * hundreds, a telling sample. With `E2E_SWEEP=sample` (the fixture sets, which
 * prove the templates rather than one owner's pages) records are sampled too.
 * A telling sample of a kind: the first, the last and the three with the
 * longest titles, where layouts break first.
 */
export function sweepPages(): string[] {
  const { content, listPages } = contentPages();
  const telling = <T>(items: readonly T[], title: (item: T) => string, route: (item: T) => string) => {
    const longest = [...items].sort((a, b) => title(b).length - title(a).length).slice(0, 3);
    return [items[0], items.at(-1), ...longest].filter((item) => item !== undefined).map(route);
  };
  const every = <T>(items: readonly T[], _title: (item: T) => string, route: (item: T) => string) => items.map(route);
  const records = process.env.E2E_SWEEP === "sample" ? telling : every;
  return [
    ...new Set([
      ...listPages,
      routes.resume,
      routes.match,
      "/no-such-page/",
      ...records(content.skills, (skill) => skill.title, recordRoute),
      ...records(content.projects, (project) => project.title, recordRoute),
      ...records(content.achievements, (achievement) => achievement.metric, recordRoute),
      ...records(content.articles, (article) => article.title, recordRoute),
      ...records(content.publications, (publication) => publication.title, recordRoute),
      ...records(content.talks, (talk) => talk.title, recordRoute),
      ...telling(
        content.tags,
        (tag) => tag.label,
        (tag) => routes.tag(tag.slug),
      ),
    ]),
  ];
}

/** Page-relative URL for Playwright, whose baseURL may carry a base path. */
export const relative = (route: string) => `.${route}`;

/** A route as the browser sees it in links and in the address bar: with the base path. */
export const served = (route: string) => `${site.basePath}${route}`;

/** The file in the export that a served URL path (base path included) comes from. */
export const exportedFile = (urlPath: string) => path.join(site.out, urlPath.slice(site.basePath.length));

/** A literal text as a RegExp, for titles like "C++" or "Node.js". */
export const literal = (text: string, flags?: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), flags);
