/**
 * The résumé model as a JSON Resume document (https://jsonresume.org/schema),
 * so the owner's profile can be used by any tool that reads that format: each
 * section of the model goes into the schema's section for it, each entry's
 * record into the schema's fields. Only what the content says goes in: an
 * absent field stays absent.
 */
import type { Achievement, Category, Content, PartialDate, Profile, Skill } from "@/lib/content";
import { en } from "@/lib/i18n/en";
import { doiUrl } from "@/lib/publication";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";
import type { Resume, SectionRecords } from "./model";

const SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/** Copies only the fields that have a value, so an absent one is left out rather than written as undefined. */
function present<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** "2021", "2021-03" or "2021-03-15": the schema's iso8601 pattern allows a year, a month or a day. */
const isoDate = (date: PartialDate | undefined) => date?.iso;

/**
 * A web address as the schema's "uri" format reads it: ASCII only, so a host
 * or path in another script ("https://例え.jp/パス", which content accepts)
 * is written as the browser sends it (punycode, percent-encoding).
 */
const uri = <T extends string | undefined>(url: T): T => (url === undefined ? url : (new URL(url).href as T));

/** In English whatever the site's language: JSON Resume is read by machines and themes, and the import reads it back. */
function skillLevel(skill: Skill): string {
  const level = en.levels[skill.proficiency].label;
  return skill.years ? `${level}, ${skill.years.value}${skill.years.orMore ? "+" : ""} years` : level;
}

/** How a result reads as one line: "60% less database load through strategic caching". */
export function resultLine(achievement: Pick<Achievement, "figure" | "metric">): string {
  return `${achievement.figure} ${achievement.metric}`;
}

/**
 * The profile's location is free text ("Berlin, Germany", "Remote, EU"), so it
 * goes whole into `address` rather than being guessed apart into city and
 * country. Without one the object is still there, empty: themes such as
 * "elegant" read `basics.location.address` unguarded and crash on a missing
 * object, and an empty one states nothing.
 */
function location(profile: Profile): { address?: string } {
  return profile.location ? { address: profile.location } : {};
}

function basics(profile: Profile) {
  return {
    ...present({ name: profile.name }),
    label: profile.headline,
    ...present({ email: profile.email }),
    // The owner's own website when they name one; otherwise this site is it.
    url: uri(profile.website) ?? absoluteUrl(routes.home),
    summary: profile.summary,
    location: location(profile),
    // The network as the owner names it ("GitHub", "Mastodon"), never guessed from the address.
    profiles: profile.links.map((link) => ({ network: link.label, ...present({ username: link.username }), url: uri(link.url) })),
  };
}

/** What JSON Resume's work and volunteer entries share. */
function jobFields(job: Content["experience"][number]) {
  return {
    ...present({ position: job.role, url: uri(job.url), startDate: isoDate(job.start), endDate: isoDate(job.end), summary: job.summary }),
    highlights: job.highlights,
  };
}

function work(experience: Content["experience"]) {
  return experience.filter((job) => !job.volunteer).map((job) => ({ name: job.organization, ...present({ location: job.location }), ...jobFields(job) }));
}

/** Work marked volunteer: JSON Resume keeps it apart, with the organization under its own name. */
function volunteer(experience: Content["experience"]) {
  return experience.filter((job) => job.volunteer).map((job) => ({ organization: job.organization, ...jobFields(job) }));
}

function education(studies: Content["education"]) {
  return studies.map((study) => ({
    institution: study.institution,
    ...present({
      url: uri(study.url),
      area: study.area,
      studyType: study.degree,
      startDate: isoDate(study.start),
      endDate: isoDate(study.end),
      score: study.score,
    }),
  }));
}

/** Honours as they are, then every measured result, whether it hangs on a project, a skill or nothing else. */
function awards(honours: Content["honours"], achievements: readonly Achievement[]) {
  return [
    ...honours.map((honour) => ({ title: honour.title, ...present({ awarder: honour.awarder, date: isoDate(honour.date), summary: honour.summary }) })),
    // A result also carries its figure and metric apart (the schema allows more fields), so an import gets it back whole.
    ...achievements.map((achievement) => ({
      title: resultLine(achievement),
      ...present({ summary: achievement.summary }),
      result: { figure: achievement.figure, metric: achievement.metric },
    })),
  ];
}

/**
 * One entry per skill, its tags as keywords; `category` (which the schema
 * allows beside its own fields) tells an import that this is a skill, not a
 * group of skills as most résumés list them.
 */
function skillEntries(categories: readonly Category[]) {
  return categories.flatMap((category) =>
    category.skills.map((skill) => ({ name: skill.title, level: skillLevel(skill), keywords: skill.tags.map((tag) => tag.label), category: category.title })),
  );
}

function projectEntries(projects: Content["projects"]) {
  return projects.map((project) => ({
    name: project.title,
    description: project.summary,
    highlights: project.outcomes.length ? project.outcomes : project.achievements.map(resultLine),
    keywords: project.skills.map((skill) => skill.title),
    ...present({ entity: project.organization, type: project.context, startDate: isoDate(project.start), endDate: isoDate(project.end) }),
    url: uri(project.url ?? absoluteUrl(routes.project(project.slug))),
  }));
}

/**
 * JSON Resume's publications: its own fields, and `authors` and `doi` beside
 * them (the schema allows more), so an import gets them back whole.
 */
function publicationEntries(publications: Content["publications"]) {
  return publications.map((publication) => ({
    name: publication.title,
    ...present({
      publisher: publication.venue,
      releaseDate: isoDate(publication.date),
      url: uri(publication.url ?? (publication.doi && doiUrl(publication.doi))),
    }),
    summary: publication.abstract,
    authors: publication.authors,
    ...present({ doi: publication.doi }),
  }));
}

/** Articles, which JSON Resume has no section for: `writing` beside the schema's sections, read back by an import. */
function articleEntries(articles: Content["articles"]) {
  return articles.map((article) => ({
    name: article.title,
    date: article.date.iso,
    summary: article.summary,
    url: absoluteUrl(routes.article(article.slug)),
    ...(article.tags.length && { keywords: article.tags }),
  }));
}

/** Talks, which JSON Resume has no section for: `talks` beside the schema's sections (it allows more), so an import gets them back. */
function talkEntries(talks: Content["talks"]) {
  return talks.map((talk) => ({
    name: talk.title,
    event: talk.event,
    ...present({ location: talk.location, date: isoDate(talk.date), slides: uri(talk.slides), recording: uri(talk.recording) }),
    summary: talk.summary,
  }));
}

function certificateEntries(certifications: Content["certifications"]) {
  return certifications.map((certificate) => ({
    name: certificate.title,
    ...present({ issuer: certificate.issuer, date: isoDate(certificate.date), url: uri(certificate.url) }),
  }));
}

/** The records of one section of the model; none when the model has no such section. */
function recordsOf<Id extends keyof SectionRecords>(resume: Resume, id: Id): SectionRecords[Id][] {
  const section = resume.sections.find((each) => each.id === id);
  return (section?.entries.map((entry) => entry.record) ?? []) as SectionRecords[Id][];
}

export function toJsonResume(resume: Resume) {
  const experience = recordsOf(resume, "experience");
  return {
    $schema: SCHEMA_URL,
    basics: basics(resume.profile),
    work: work(experience),
    volunteer: volunteer(experience),
    education: education(recordsOf(resume, "education")),
    certificates: certificateEntries(recordsOf(resume, "certificates")),
    awards: awards(recordsOf(resume, "honours"), recordsOf(resume, "results")),
    publications: publicationEntries(recordsOf(resume, "publications")),
    talks: talkEntries(recordsOf(resume, "talks")),
    writing: articleEntries(recordsOf(resume, "articles")),
    languages: resume.profile.languages.map(({ language, fluency }) => ({ language, ...present({ fluency }) })),
    skills: skillEntries(recordsOf(resume, "skills")),
    projects: projectEntries(recordsOf(resume, "projects")),
    meta: { canonical: absoluteUrl(routes.resumeJson), version: "v1.0.0" },
  };
}

export type JsonResume = ReturnType<typeof toJsonResume>;
