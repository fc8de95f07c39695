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
  /** Normalised title, aliases and tags: what a search or a job posting can name it by. */
  terms: string[];
  /** How many projects and measured results back it. */
  evidence: { projects: number; achievements: number };
}

export function buildSkillIndex(skills: readonly Skill[]): SkillIndexEntry[] {
  return skills.map((skill) => ({
    slug: skill.slug,
    title: skill.title,
    category: skill.category.slug,
    proficiency: skill.proficiency,
    tags: skill.tags.map((tag) => tag.slug),
    terms: [...new Set([skill.title, ...skill.aliases, ...skill.tags.map((tag) => tag.label)].map(normalizeTerm).filter(Boolean))],
    evidence: { projects: skill.projects.length, achievements: skill.achievements.length },
  }));
}
