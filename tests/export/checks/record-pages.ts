/** Every content record has its page: found at its route, headed by its title, with the main navigation (a labelled nav leading home, in any language). */
import type { ExportedSite } from "@/tests/export/exported-site";
import { select, textOf } from "@/tests/export/html";

export interface ExpectedPage {
  /** URL path, base path included. */
  url: string;
  /** The page's one level-1 heading. */
  title: string;
  /** Where the expectation comes from, for the message: `content/skills/go.md`. */
  source: string;
}

export function recordPageProblems(site: ExportedSite, expected: readonly ExpectedPage[]): string[] {
  return expected.flatMap(({ url, title, source }) => {
    const page = site.pageAt(url);
    if (!page) return [`${source}: no page at ${url}`];
    const problems: string[] = [];
    const heading = select("h1", page.tree);
    const text = heading && textOf(heading).replace(/\s+/g, " ").trim();
    if (text !== title.replace(/\s+/g, " ").trim()) problems.push(`${source}: ${url} is headed ${JSON.stringify(text)}, expected ${JSON.stringify(title)}`);
    if (!select("nav[aria-label]", page.tree)) problems.push(`${source}: ${url} has no main navigation`);
    return problems;
  });
}
