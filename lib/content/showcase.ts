/**
 * What home leads with: the owner's strongest skills, headline results and
 * selected projects. What the owner marked `featured: true` comes first, in
 * their order; when nothing of a kind is marked (an imported résumé, a new
 * owner), home still shows the strongest evidence, chosen by level, then
 * years, then how much evidence stands behind it. Learning is never among it.
 */
import { proficiencyRank } from "./proficiency";
import type { Achievement, Content, Project, Skill } from "./records";

export const SHOWCASE_LIMITS = { skills: 6, results: 8, projects: 6 } as const;

export interface Showcase {
  /** Shown as cards, strongest first. */
  skills: Skill[];
  /** Every other practised skill, shown as chips. */
  otherSkills: Skill[];
  results: Achievement[];
  projects: Project[];
}

/** How much stands behind a skill: the projects, results, jobs, articles, publications and talks that name it. */
export const evidenceCount = (skill: Skill) =>
  skill.projects.length + skill.achievements.length + skill.experience.length + skill.articles.length + skill.publications.length + skill.talks.length;

function byStrength(a: Skill, b: Skill): number {
  return (
    proficiencyRank(a.proficiency) - proficiencyRank(b.proficiency) || (b.years?.value ?? 0) - (a.years?.value ?? 0) || evidenceCount(b) - evidenceCount(a)
  );
}

/** The records marked featured, or, when none is, the best `limit` by `rank` (a stable sort keeps file order among equals). */
function featuredOrBest<T extends { featured: boolean }>(records: readonly T[], limit: number, rank: (a: T, b: T) => number): T[] {
  const marked = records.filter((record) => record.featured);
  return (marked.length ? marked : [...records].sort(rank)).slice(0, limit);
}

/** A skill is shown as a strongest one only at production level or above, or when nothing is. */
function strongestSkills(practised: readonly Skill[]): Skill[] {
  const strong = practised.filter((skill) => proficiencyRank(skill.proficiency) <= proficiencyRank("production"));
  return featuredOrBest(strong.length ? strong : practised, SHOWCASE_LIMITS.skills, byStrength);
}

export function homeShowcase(content: Pick<Content, "skills" | "achievements" | "projects">): Showcase {
  const practised = content.skills.filter((skill) => skill.proficiency !== "learning");
  const skills = practised.some((skill) => skill.featured)
    ? practised.filter((skill) => skill.featured).slice(0, SHOWCASE_LIMITS.skills)
    : strongestSkills(practised);
  const byReach = (a: { skills: Skill[] }, b: { skills: Skill[] }) => b.skills.length - a.skills.length;
  const byProof = (a: Project, b: Project) => b.achievements.length - a.achievements.length || byReach(a, b);
  return {
    skills,
    otherSkills: practised.filter((skill) => !skills.includes(skill)),
    results: featuredOrBest(content.achievements, SHOWCASE_LIMITS.results, byReach),
    projects: featuredOrBest(content.projects, SHOWCASE_LIMITS.projects, byProof),
  };
}
