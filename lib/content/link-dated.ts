/**
 * Links the records that show skills and carry one date (articles,
 * publications, talks) to their skills, both ways, in the order a reader wants them:
 * featured first, then the most recent, undated last.
 */
import type { Draft } from "./drafts";
import { byRecency } from "./link-career";
import type { DatedRecord, PartialDate, Skill } from "./records";

interface DatedFrontMatter {
  date?: PartialDate;
  featured: boolean;
  skills: string[];
}

interface Lookups {
  skill: (slug: string) => Skill;
  /** The record's page fields: slug, title, former slugs, body as sanitized HTML, source. */
  page: (draft: Draft<{ title: string; formerSlugs: string[] }>) => { slug: string; title: string; formerSlugs: string[]; html: string; source: string };
}

/** `backlinks` is where a skill lists the records of this kind. */
export function linkDated<FrontMatter extends DatedFrontMatter & { title: string; formerSlugs: string[] }, Kind extends string>(
  kind: Kind,
  drafts: readonly Draft<FrontMatter>[],
  lookups: Lookups,
  backlinks: (skill: Skill) => DatedRecord<FrontMatter, Kind>[],
): DatedRecord<FrontMatter, Kind>[] {
  const linked = drafts.map(({ data, ...draft }) => {
    // The front matter as written, its page fields and its skills resolved: what DatedRecord says, which TypeScript cannot see through a generic Omit.
    const record = { ...data, kind, ...lookups.page({ data, ...draft }), skills: data.skills.map(lookups.skill) } as unknown as DatedRecord<FrontMatter, Kind>;
    return { data, record };
  });
  for (const { record } of linked) for (const skill of record.skills) backlinks(skill).push(record);
  const recent = byRecency(linked, ({ data }) => ({ end: data.date }));
  return [...recent.filter(({ data }) => data.featured), ...recent.filter(({ data }) => !data.featured)].map(({ record }) => record);
}
