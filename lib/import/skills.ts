/**
 * JSON Resume skills → categories and skill files. The schema's skills are
 * usually groups ("Web Development": HTML, CSS, JavaScript): a group becomes a
 * category and each keyword a skill at the group's level. An entry that
 * carries a `category` (as this site exports them) or no keywords is one
 * skill, its keywords its tags. Skills a project names but the résumé does
 * not list are added too, never dropped.
 */
import { PROFICIENCY_LEVELS, type Proficiency } from "@/lib/content/proficiency";
import { SHOWCASE_LIMITS } from "@/lib/content/showcase";
import { fileSlug } from "@/lib/content/slug";
import { matchPosting } from "@/lib/search/match-posting";
import { normalizeTerm } from "@/lib/search/normalize";
import { indexEntry } from "@/lib/search/skill-index";
import { TECH_VOCABULARY } from "@/lib/search/tech-vocabulary";
import { levelWords, type SkillLevel, skillLevel } from "./skill-level";
import { contentFile, type Json, list, slugger, text, texts } from "./values";

export const DEFAULT_CATEGORY = "Skills";
interface ImportedSkill {
  slug: string;
  title: string;
  category: string;
  level: SkillLevel;
  summary: string;
  tags: string[];
  /** The résumé names it as a skill of its own (an entry, or a group's name), not only among a group's keywords. */
  named: boolean;
}

const TECH_NAMES = new Set(TECH_VOCABULARY.flatMap((term) => [term.name, ...(term.aliases ?? [])]).map(normalizeTerm));

/** The skills being imported, found by any name they go by. */
export function skillBook() {
  const skills: ImportedSkill[] = [];
  // A skill's own name wins over another's tag: ".NET" is the .NET skill even when C# lists it as a tag.
  const byTitle = new Map<string, ImportedSkill>();
  const byTag = new Map<string, ImportedSkill>();
  const slug = slugger();
  const categorySlug = slugger();
  const categories = new Map<string, string>();

  const find = (name: string) => byTitle.get(normalizeTerm(name)) ?? byTag.get(normalizeTerm(name));
  /** A new skill, even when another goes by the same name: the résumé listed both. */
  function add(skill: Omit<ImportedSkill, "slug">): ImportedSkill {
    const added = { ...skill, slug: slug(skill.title, "skill") };
    if (!categories.has(skill.category)) categories.set(skill.category, categorySlug(skill.category, "skills"));
    skills.push(added);
    if (!byTitle.has(normalizeTerm(skill.title))) byTitle.set(normalizeTerm(skill.title), added);
    for (const tag of skill.tags) if (!byTag.has(normalizeTerm(tag))) byTag.set(normalizeTerm(tag), added);
    return added;
  }
  /** The skill that goes by this name, or a new one: a name in a group or a project's keywords. */
  const findOrAdd = (skill: Omit<ImportedSkill, "slug">) => find(skill.title) ?? add(skill);
  return { skills, categories, find, add, findOrAdd };
}

export type SkillBook = ReturnType<typeof skillBook>;

/** Reads the résumé's skills into the book; returns the notes for the owner. */
export function importSkills(book: SkillBook, section: unknown): string[] {
  const notes: string[] = [];
  for (const entry of list(section)) {
    const name = text(entry.name);
    if (!name) {
      notes.push("skills: an entry without a name was left out");
      continue;
    }
    const level = skillLevel(text(entry.level));
    const keywords = texts(entry.keywords);
    const category = text(entry.category);
    if (category || keywords.length === 0) {
      const skill = book.add({ title: name, category: category ?? DEFAULT_CATEGORY, level, tags: keywords, summary: ownSummary(level, keywords), named: true });
      if (entry.level !== undefined && !level.known) notes.push(unknownLevel(skill.slug, entry.level));
      continue;
    }
    if (entry.level !== undefined && !level.known)
      notes.push(`skills: the level "${String(entry.level)}" of "${name}" is not one this site knows; set to "working"`);
    // A group named for a technology ("Node.js": Express, Fastify) is a skill as well as its category.
    if (TECH_NAMES.has(normalizeTerm(name)))
      book.findOrAdd({ title: name, category: name, level, tags: [], summary: groupSummary(level, keywords), named: true });
    for (const title of keywords) book.findOrAdd({ title, category: name, level, tags: [], summary: `${levelWords(level)}, used with ${name}.`, named: false });
  }
  if (book.skills.length) notes.push("skills: each summary restates the level and keywords; rewrite them in your own words");
  return notes;
}

const ownSummary = (level: SkillLevel, tags: string[]) => `${levelWords(level)}${tags.length ? `: ${tags.join(", ")}.` : "."}`;
/** A group named for a technology, as a skill: what the résumé lists with it. */
const groupSummary = (level: SkillLevel, members: string[]) => `${levelWords(level)}${members.length ? `, with ${members.join(", ")}.` : "."}`;
const unknownLevel = (slug: string, level: unknown) => `skills/${slug}.md: level "${String(level)}" is not one this site knows; set to "working"`;

/** A skill a project names that the résumé's skills do not: kept, at a level the owner is asked to check. */
export function projectSkill(book: SkillBook, name: string, project: string): { slug: string; note?: string } {
  const known = book.find(name);
  if (known) return { slug: known.slug };
  const level: SkillLevel = { proficiency: "working", known: false };
  const added = book.add({ title: name, category: DEFAULT_CATEGORY, level, tags: [], summary: `Used in ${project}.`, named: false });
  return { slug: added.slug, note: `skills/${added.slug}.md: named by the project "${project}" only; its level is set to "working", check it` };
}

/** The strongest skills, featured on home: those at the highest level of expert or advanced there is, as many as home shows, named skills first. */
function featured(skills: ImportedSkill[]): Set<ImportedSkill> {
  const top = PROFICIENCY_LEVELS.find((level: Proficiency) => skills.some((skill) => skill.level.proficiency === level));
  if (top !== "expert" && top !== "advanced") return new Set();
  // What the résumé names as a skill of its own leads what it only lists in a group (a stable sort keeps its order).
  const strongest = skills.filter((skill) => skill.level.proficiency === top).sort((a, b) => Number(b.named) - Number(a.named));
  return new Set(strongest.slice(0, SHOWCASE_LIMITS.skills));
}

/** Every skill's file, and the profile's categories in the order they first appear. */
export function skillFiles(book: SkillBook): { files: [string, string][]; categories: { slug: string; title: string }[] } {
  const shown = featured(book.skills);
  const files = book.skills.map((skill): [string, string] => [
    `skills/${skill.slug}.md`,
    contentFile({
      title: skill.title,
      category: book.categories.get(skill.category),
      proficiency: skill.level.proficiency,
      years: skill.level.years && (skill.level.years.endsWith("+") ? skill.level.years : Number(skill.level.years)),
      featured: shown.has(skill) || undefined,
      summary: skill.summary,
      tags: skill.tags,
    } satisfies Json),
  ]);
  const categories = [...book.categories].map(([title, slug]) => ({ slug, title }));
  return { files, categories: categories.length ? categories : [{ slug: fileSlug(DEFAULT_CATEGORY), title: DEFAULT_CATEGORY }] };
}

/**
 * Finds the skills a piece of free text names ("Cut p99 latency with Redis"),
 * as the job-posting match finds them. Built once, from the book as it stands.
 */
export function skillFinder(book: SkillBook): (lines: string[]) => string[] {
  const index = book.skills.map((skill) =>
    indexEntry({
      slug: skill.slug,
      title: skill.title,
      category: "",
      proficiency: skill.level.proficiency,
      aliases: [],
      tags: [],
      evidence: { projects: 0, achievements: 0 },
    }),
  );
  return (lines) => matchPosting(lines.join("\n"), index).matched.map((match) => match.entry.slug);
}
