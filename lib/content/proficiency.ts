/**
 * The proficiency scale, strongest first. It describes kinds of experience,
 * not people, so it is the same for every owner; the wording of a level as the
 * owner states it belongs in the skill's own text.
 */
export const PROFICIENCY_LEVELS = ["expert", "advanced", "production", "working", "learning"] as const;

export type Proficiency = (typeof PROFICIENCY_LEVELS)[number];

export interface ProficiencyInfo {
  label: string;
  /** Filled pips of four on the level badge, one fewer for each level down; learning shows no meter, so it never reads as experience. */
  pips: number;
  description: string;
}

export const PROFICIENCY: Record<Proficiency, ProficiencyInfo> = {
  expert: { label: "Expert", pips: 4, description: "Deep expertise; sets direction for others" },
  advanced: { label: "Advanced", pips: 3, description: "Advanced proficiency across many systems" },
  production: { label: "Production", pips: 2, description: "Built and run in production" },
  working: { label: "Working", pips: 1, description: "Used in real-world applications" },
  learning: { label: "Learning", pips: 0, description: "Currently exploring; not production experience" },
};

export function proficiencyRank(level: Proficiency): number {
  return PROFICIENCY_LEVELS.indexOf(level);
}
