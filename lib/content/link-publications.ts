/**
 * Links publications to the skills they show, both ways, in the order a
 * reader wants them: featured first, then the most recent, undated last.
 */
import type { Draft } from "./drafts";
import { byRecency } from "./link-career";
import type { Publication, Skill } from "./records";
import type { PublicationFrontMatter } from "./schema";

interface Lookups {
  skill: (slug: string) => Skill;
  /** The record's page fields: slug, title, former slugs, body as sanitized HTML, source. */
  page: (draft: Draft<PublicationFrontMatter>) => Pick<Publication, "slug" | "title" | "formerSlugs" | "html" | "source">;
}

export function linkPublications(drafts: readonly Draft<PublicationFrontMatter>[], lookups: Lookups): Publication[] {
  const publications: Publication[] = drafts.map((draft) => ({
    ...draft.data,
    kind: "publication",
    ...lookups.page(draft),
    skills: draft.data.skills.map(lookups.skill),
  }));
  for (const each of publications) for (const skill of each.skills) skill.publications.push(each);
  const recent = byRecency(publications, (each) => ({ end: each.date }));
  return [...recent.filter((each) => each.featured), ...recent.filter((each) => !each.featured)];
}
