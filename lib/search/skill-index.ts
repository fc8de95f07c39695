/**
 * The small, serialisable description of each skill that browser-side search
 * and matching need: no bodies, no links, just the words a skill answers to.
 */
import type { Proficiency, Skill } from "@/lib/content";
import { normalizeTerm } from "./normalize";

export interface SkillIndexEntry {
  slug: string;
  title: string;
  category: string;
  proficiency: Proficiency;
  /** Tag slugs, for the tag filter. */
  tags: string[];
  /** The aliases as the owner wrote them: an owner's "GO" is a spelling of Go, case and all. */
  aliases: string[];
  /** Normalised title and aliases: what the skill is called. */
  names: string[];
  /** Normalised names and tags: every word a search or a job posting can find it by. */
  terms: string[];
  /** How many projects and measured results back it. */
  evidence: { projects: number; achievements: number };
}

export interface SkillIndexInput {
  slug: string;
  title: string;
  category: string;
  proficiency: Proficiency;
  aliases: readonly string[];
  tags: readonly { slug: string; label: string }[];
  evidence: { projects: number; achievements: number };
}

const normalizedSet = (words: readonly string[]) => [...new Set(words.map(normalizeTerm).filter(Boolean))];

export function indexEntry({ aliases, tags, ...skill }: SkillIndexInput): SkillIndexEntry {
  const names = normalizedSet([skill.title, ...aliases]);
  return {
    ...skill,
    aliases: [...aliases],
    tags: tags.map((tag) => tag.slug),
    names,
    terms: normalizedSet([...names, ...tags.map((tag) => tag.label)]),
  };
}

export function buildSkillIndex(skills: readonly Skill[]): SkillIndexEntry[] {
  return skills.map((skill) =>
    indexEntry({
      slug: skill.slug,
      title: skill.title,
      category: skill.category.slug,
      proficiency: skill.proficiency,
      aliases: skill.aliases,
      tags: skill.tags,
      evidence: { projects: skill.projects.length, achievements: skill.achievements.length },
    }),
  );
}
