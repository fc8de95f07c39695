/**
 * The text of a new content file for `npm run new`: every field present, the
 * required ones filled with placeholders that `npm run check` flags until
 * they are replaced, the optional ones commented out, each with a note.
 */
import { PROFICIENCY_LEVELS } from "./proficiency";
import { PROJECT_CONTEXTS } from "./schema";

export const SCAFFOLD_KINDS = ["skill", "project", "achievement"] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export const KIND_FOLDER: Record<ScaffoldKind, string> = { skill: "skills", project: "projects", achievement: "achievements" };

/** Marks text the owner still has to write; `npm run check` reports any field that still holds it. */
export const PLACEHOLDER = "TODO:";
export const PLACEHOLDER_PATTERN = /\bTODO:/;

const quote = (text: string) => JSON.stringify(text);

export function scaffold(kind: ScaffoldKind, title: string, categories: readonly string[]): string {
  const lines = SCAFFOLDS[kind](title, categories);
  return `---\n${lines.join("\n")}\n---\n${PLACEHOLDER} write the details in markdown here.\n`;
}

const SCAFFOLDS: Record<ScaffoldKind, (title: string, categories: readonly string[]) => string[]> = {
  skill: (title, categories) => [
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
  project: (title) => [
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
  achievement: (title) => [
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
};
