/**
 * Every kind of content file, each defined in one place: its folder, where its
 * records go in the linked content, its schema, which of its fields name
 * records of which kind, and the text `npm run new` starts a file of it with.
 * Loading, reference checks, editor schemas and scaffolding follow this table.
 *
 * What a new kind with pages needs besides its entry here, honestly (as
 * publications took it):
 * - its schema (schema.ts) and its record type, inferred from the schema (records.ts);
 * - its linking, both ways (a small link-<kind>.ts, called from link.ts);
 * - its getter and page kind (index.ts), its routes (lib/routes.ts) and its page description (lib/record-page.ts);
 * - its entry in lib/page-kinds.ts (list page, navigation and 404 names, feeds, sitemap weight), which the
 *   navigation, the 404 page, the sitemap and the export's clean-up follow;
 * - its two routes (app/<folder>/page.tsx, app/<folder>/[slug]/page.tsx) and its views (components/);
 * - its preview card (components/share-cards.ts) and its JSON-LD (lib/structured-data.ts);
 * - its résumé section (lib/resume/model.ts) and both JSON Resume directions (lib/resume/json-resume.ts, lib/import/);
 * - the generated content sets, a fixture, and the e2e site map (tests/).
 */
import type { z } from "zod";
import { PLACEHOLDER } from "./placeholder";
import { PROFICIENCY_LEVELS } from "./proficiency";
import {
  achievementSchema,
  articleSchema,
  certificationSchema,
  educationSchema,
  experienceSchema,
  honourSchema,
  PROJECT_CONTEXTS,
  projectSchema,
  publicationSchema,
  skillSchema,
  talkSchema,
} from "./schema";

export type KindName = "skill" | "project" | "achievement" | "article" | "publication" | "talk" | "experience" | "education" | "certification" | "honour";

/** Where a kind's records are in the linked content (lib/content/records.ts's Content). */
export type Collection =
  | "skills"
  | "projects"
  | "achievements"
  | "articles"
  | "publications"
  | "talks"
  | "experience"
  | "education"
  | "certifications"
  | "honours";

interface KindDefinition<Schema extends z.ZodObject> {
  /** The folder under content/ that holds one file per record. */
  folder: string;
  collection: Collection;
  schema: Schema;
  /** Fields that name other records by slug, and the kind they name. */
  references: Partial<Record<keyof z.output<Schema> & string, KindName>>;
  /** Records with a page of their own keep their old slugs' URLs working, so slugs are unique with former ones too. */
  pages: boolean;
  /** The front matter `npm run new` writes: every field, the optional ones commented out, each explained. */
  scaffold(title: string, categories: readonly string[]): string[];
}

const quote = (text: string) => JSON.stringify(text);

function kind<Schema extends z.ZodObject>(definition: KindDefinition<Schema>): KindDefinition<Schema> {
  return definition;
}

export const KINDS = {
  skill: kind({
    folder: "skills",
    collection: "skills",
    schema: skillSchema,
    references: { related: "skill" },
    pages: true,
    scaffold: (title, categories) => [
      `title: ${quote(title)}`,
      `# One of the categories in content/profile.md: ${categories.join(", ") || "(none yet)"}`,
      `category: ${categories[0] ?? "core"}`,
      `# ${PROFICIENCY_LEVELS.join(" | ")} (learning is shown apart, never as experience)`,
      "proficiency: working",
      '# Years of use, a number or "N+"; leave commented out if you would rather not say',
      '# years: "2+"',
      "# true shows it first and on the home page",
      "featured: false",
      `summary: ${quote(`${PLACEHOLDER} one sentence on what you do with ${title}.`)}`,
      "# Technologies and practices involved; each gets a page listing the skills that carry it",
      "tags: []",
      '# Other spellings people search for, like "Postgres" for PostgreSQL',
      "aliases: []",
      "# Slugs of related skills (file names without .md); linked both ways",
      "related: []",
      "# Slugs this page had before a rename, so old links keep working",
      "formerSlugs: []",
    ],
  }),
  project: kind({
    folder: "projects",
    collection: "projects",
    schema: projectSchema,
    references: { skills: "skill" },
    pages: true,
    scaffold: (title) => [
      `title: ${quote(title)}`,
      `# ${PROJECT_CONTEXTS.join(" | ")}; leave commented out if unknown`,
      "# context: company",
      "# organization: Example Inc",
      `summary: ${quote(`${PLACEHOLDER} one sentence on what ${title} is.`)}`,
      "# Slugs of the skills used (file names in content/skills without .md)",
      "skills: []",
      '# Short lines with their figures, like "40% faster processing"',
      "outcomes: []",
      "# true shows it on the home page",
      "featured: false",
      "# url: https://example.com",
      "# repository: https://github.com/you/project",
      "formerSlugs: []",
    ],
  }),
  achievement: kind({
    folder: "achievements",
    collection: "achievements",
    schema: achievementSchema,
    references: { projects: "project", skills: "skill" },
    pages: true,
    scaffold: (title) => [
      `title: ${quote(title)}`,
      "# The number exactly as it should be shown",
      `figure: ${quote(`${PLACEHOLDER} the number`)}`,
      "# What the number measures",
      `metric: ${quote(`${PLACEHOLDER} what ${title} measures`)}`,
      "# summary: One sentence of context.",
      "# Slugs of the projects and skills behind it",
      "projects: []",
      "skills: []",
      "# true makes it one of the headline numbers on the home page",
      "featured: false",
      "formerSlugs: []",
    ],
  }),
  article: kind({
    folder: "writing",
    collection: "articles",
    schema: articleSchema,
    references: { skills: "skill" },
    pages: true,
    scaffold: (title) => [
      `title: ${quote(title)}`,
      '# When it was written: 2024, "2024-03" or 2024-03-21',
      `date: ${quote(new Date().toISOString().slice(0, 10))}`,
      `summary: ${quote(`${PLACEHOLDER} one or two sentences on what ${title} says.`)}`,
      "# Topics it is about",
      "tags: []",
      "# Slugs of the skills it shows; it is listed on their pages",
      "skills: []",
      "featured: false",
      "formerSlugs: []",
    ],
  }),
  publication: kind({
    folder: "publications",
    collection: "publications",
    schema: publicationSchema,
    references: { skills: "skill" },
    pages: true,
    scaffold: (title) => [
      `title: ${quote(title)}`,
      "# Every author, in the order printed",
      `authors: [${quote(`${PLACEHOLDER} your name`)}]`,
      "# venue: Proceedings of Example Conference",
      '# When it appeared: 2021, "2021-03" or 2021-03-15',
      '# date: "2024-05"',
      "# Its DOI, without https://doi.org/",
      '# doi: "10.1145/0000000.0000000"',
      "# url: https://example.com/paper.pdf",
      `abstract: ${quote(`${PLACEHOLDER} what ${title} found, in a sentence or two.`)}`,
      "# Slugs of the skills it shows",
      "skills: []",
      "featured: false",
      "formerSlugs: []",
    ],
  }),
  talk: kind({
    folder: "talks",
    collection: "talks",
    schema: talkSchema,
    references: { skills: "skill" },
    pages: true,
    scaffold: (title) => [
      `title: ${quote(title)}`,
      `event: ${quote(`${PLACEHOLDER} the conference or meetup`)}`,
      '# When: 2024, "2024-03" or 2024-03-21',
      '# date: "2024-03"',
      "# location: Berlin",
      `summary: ${quote(`${PLACEHOLDER} one or two sentences on what ${title} was about.`)}`,
      "# slides: https://example.com/slides",
      "# recording: https://example.com/video",
      "# Slugs of the skills it covers",
      "skills: []",
      "featured: false",
      "formerSlugs: []",
    ],
  }),
  experience: kind({
    folder: "experience",
    collection: "experience",
    schema: experienceSchema,
    references: { skills: "skill", projects: "project" },
    pages: false,
    scaffold: (title) => [
      `organization: ${quote(title)}`,
      "# Your role there; leave commented out if you would rather not say",
      "# role: Backend engineer",
      '# A year, or a year and month: 2021 or "2021-03"; no end means it goes on',
      '# start: "2021-03"',
      '# end: "2023-06"',
      "# location: Berlin",
      "# url: https://example.com",
      `summary: ${quote(`${PLACEHOLDER} one sentence on the work at ${title}.`)}`,
      '# Short lines with what you did and its figures, like "Cut processing time by 40%"',
      "highlights: []",
      "# Slugs of the skills used and the projects done there",
      "skills: []",
      "projects: []",
    ],
  }),
  education: kind({
    folder: "education",
    collection: "education",
    schema: educationSchema,
    references: { skills: "skill" },
    pages: false,
    scaffold: (title) => [
      `institution: ${quote(title)}`,
      '# degree: "BSc"',
      '# area: "Computer Science"',
      "# start: 2015",
      "# end: 2019",
      "# location: Berlin",
      '# score: "First-class honours"',
      "# url: https://example.edu",
      `summary: ${quote(`${PLACEHOLDER} one sentence on what you studied.`)}`,
      "# Slugs of the skills it covered",
      "skills: []",
    ],
  }),
  certification: kind({
    folder: "certifications",
    collection: "certifications",
    schema: certificationSchema,
    references: { skills: "skill" },
    pages: false,
    scaffold: (title) => [
      `title: ${quote(title)}`,
      `issuer: ${quote(`${PLACEHOLDER} who issued it`)}`,
      '# date: "2024-05"',
      "# url: https://example.com/verify/123",
      "# summary: One sentence on what it covers.",
      "# Slugs of the skills it covers",
      "skills: []",
    ],
  }),
  honour: kind({
    folder: "honours",
    collection: "honours",
    schema: honourSchema,
    references: { skills: "skill" },
    pages: false,
    scaffold: (title) => [
      `title: ${quote(title)}`,
      `awarder: ${quote(`${PLACEHOLDER} who gave it`)}`,
      '# date: "2024-05"',
      "# url: https://example.com/winners-2024",
      "# summary: One sentence on what it recognised.",
      "# Slugs of the skills it recognises",
      "skills: []",
    ],
  }),
} as const satisfies Record<KindName, unknown>;
export type KindFrontMatter<Kind extends KindName> = z.output<(typeof KINDS)[Kind]["schema"]>;

export const KIND_NAMES = Object.keys(KINDS) as KindName[];
