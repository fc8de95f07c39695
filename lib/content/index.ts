/**
 * The typed API pages read content through, from `CONTENT_DIR` (default:
 * `content/` in the working directory). A build loads it once per process;
 * the dev server loads it again whenever a file has changed, so an edit shows
 * on the next page load without a restart.
 */
import path from "node:path";
import { loadContent } from "./load";
import type {
  Achievement,
  Article,
  Category,
  Certification,
  Content,
  Education,
  Experience,
  Honour,
  Profile,
  Project,
  Publication,
  Skill,
  Tag,
  Talk,
} from "./records";
import { homeShowcase, type Showcase } from "./showcase";
import { contentSignature } from "./source";

export type { ProficiencyInfo } from "./proficiency";
export { PROFICIENCY, PROFICIENCY_LEVELS } from "./proficiency";
export { profileLinks } from "./profile-links";
export type * from "./records";
export type { Showcase } from "./showcase";

let loaded: { content: Content; signature?: string } | undefined;

export function contentRoot(): string {
  return path.resolve(process.env.CONTENT_DIR ?? "content");
}

function content(): Content {
  const root = contentRoot();
  if (process.env.NODE_ENV === "development") {
    const signature = contentSignature(root);
    if (loaded?.signature !== signature) loaded = { content: loadContent(root).content, signature };
  }
  loaded ??= { content: loadContent(root).content };
  return loaded.content;
}

function find<T extends { slug: string }>(records: readonly T[], slug: string): T | undefined {
  return records.find((record) => record.slug === slug);
}

type PageRecordOf = { skill: Skill; project: Project; achievement: Achievement; article: Article; publication: Publication; talk: Talk };
export type PageKind = keyof PageRecordOf;

export function getRecords<Kind extends PageKind>(kind: Kind): PageRecordOf[Kind][] {
  const { skills, projects, achievements, articles, publications, talks } = content();
  const byKind: { [K in PageKind]: PageRecordOf[K][] } = {
    skill: skills,
    project: projects,
    achievement: achievements,
    article: articles,
    publication: publications,
    talk: talks,
  };
  return byKind[kind];
}

/**
 * The record a page at `slug` shows: the one with that slug, or the one that
 * used to have it (`moved`), whose page then forwards old links to the new one.
 */
export function resolveRecord<Kind extends PageKind>(kind: Kind, slug: string): { record: PageRecordOf[Kind]; moved: boolean } | undefined {
  const records = getRecords(kind);
  const current = find(records, slug);
  if (current) return { record: current, moved: false };
  const moved = records.find((record) => record.formerSlugs.includes(slug));
  return moved && { record: moved, moved: true };
}

export const getContent = (): Content => content();
export const getProfile = (): Profile => content().profile;
export const getCategories = (): Category[] => content().categories;
export const getSkills = (): Skill[] => content().skills;
export const getSkill = (slug: string): Skill | undefined => find(content().skills, slug);
export const getProjects = (): Project[] => content().projects;
export const getAchievements = (): Achievement[] => content().achievements;
export const getTags = (): Tag[] => content().tags;
export const getExperience = (): Experience[] => content().experience;
export const getEducation = (): Education[] => content().education;
export const getCertifications = (): Certification[] => content().certifications;
export const getHonours = (): Honour[] => content().honours;
export const getArticles = (): Article[] => content().articles;
export const getPublications = (): Publication[] => content().publications;
export const getTalks = (): Talk[] => content().talks;

/** Whether the site has any work, study, certificate or honour: the experience page lists them. */
export function hasCareer(): boolean {
  const { experience, education, certifications, honours } = content();
  return experience.length + education.length + certifications.length + honours.length > 0;
}

/** A URL segment as written, or decoded when it came percent-encoded; a malformed escape is left as it is. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Tag slugs keep the letters of every script ("日本語", "العربية"), and Next
 * hands such a segment to the page percent-encoded ("%D8%A7…"), so the slug
 * is matched as given and decoded.
 */
export const getTag = (slug: string): Tag | undefined => find(content().tags, slug) ?? find(content().tags, decodedSegment(slug));
/** What home leads with: featured records, or the strongest evidence when the owner marked none (showcase.ts). */
export const getShowcase = (): Showcase => homeShowcase(content());
