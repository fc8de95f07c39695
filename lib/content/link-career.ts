/**
 * Links the career records (work, education, certificates, honours) to the skills and
 * projects they name, both ways, and puts them in the order a résumé reads:
 * most recent first, undated entries after the dated ones in file order.
 */
import type { Draft } from "./drafts";
import type { Certification, Education, Experience, Honour, PartialDate, Project, Skill } from "./records";
import type { CertificationFrontMatter, EducationFrontMatter, ExperienceFrontMatter, HonourFrontMatter } from "./schema";

export interface CareerDrafts {
  experience: Draft<ExperienceFrontMatter>[];
  education: Draft<EducationFrontMatter>[];
  certifications: Draft<CertificationFrontMatter>[];
  honours: Draft<HonourFrontMatter>[];
}

interface Lookups {
  skill: (slug: string) => Skill;
  project: (slug: string) => Project;
  /** The record's markdown body as sanitized HTML. */
  html: (draft: Draft<unknown>) => string;
}

/** A sortable number for a date; an entry still going on counts as the latest of all. */
const when = (date: PartialDate | undefined, ongoing = false) =>
  ongoing ? Infinity : date ? (date.year * 12 + (date.month ?? 12)) * 32 + (date.day ?? 31) : undefined;

interface Period {
  start?: PartialDate;
  end?: PartialDate;
  current?: boolean;
}

/** Most recent first by end (or by start), then by start; undated entries last, as the files list them. */
export function byRecency<T>(records: T[], period: (record: T) => Period): T[] {
  return records
    .map((record, index) => {
      const { start, end, current } = period(record);
      return { record, index, key: when(end, current) ?? when(start), start: when(start) ?? 0 };
    })
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
      return b.key - a.key || b.start - a.start || a.index - b.index;
    })
    .map(({ record }) => record);
}

function common(draft: Draft<unknown>, lookups: Lookups) {
  return { slug: draft.slug, html: lookups.html(draft), source: draft.source.file.path };
}

export function linkCareer(drafts: CareerDrafts, lookups: Lookups) {
  const experience: Experience[] = drafts.experience.map((draft) => ({
    kind: "experience",
    ...common(draft, lookups),
    ...draft.data,
    current: draft.data.start !== undefined && draft.data.end === undefined,
    skills: draft.data.skills.map(lookups.skill),
    projects: draft.data.projects.map(lookups.project),
  }));
  const education: Education[] = drafts.education.map((draft) => ({
    kind: "education",
    ...common(draft, lookups),
    ...draft.data,
    skills: draft.data.skills.map(lookups.skill),
  }));
  const certifications: Certification[] = drafts.certifications.map((draft) => ({
    kind: "certification",
    ...common(draft, lookups),
    ...draft.data,
    skills: draft.data.skills.map(lookups.skill),
  }));

  for (const each of experience) {
    for (const skill of each.skills) skill.experience.push(each);
    for (const project of each.projects) project.experience.push(each);
  }
  for (const each of education) for (const skill of each.skills) skill.education.push(each);
  const honours: Honour[] = drafts.honours.map((draft) => ({
    kind: "honour",
    ...common(draft, lookups),
    ...draft.data,
    skills: draft.data.skills.map(lookups.skill),
  }));
  for (const each of certifications) for (const skill of each.skills) skill.certifications.push(each);
  for (const each of honours) for (const skill of each.skills) skill.honours.push(each);

  return {
    experience: byRecency(experience, (each) => each),
    education: byRecency(education, (each) => each),
    certifications: byRecency(certifications, (each) => ({ end: each.date })),
    honours: byRecency(honours, (each) => ({ end: each.date })),
  };
}
