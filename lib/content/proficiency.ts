/**
 * The proficiency scale, strongest first. It describes kinds of experience,
 * not people, so it is the same for every owner; the wording of a level as the
 * owner states it belongs in the skill's own text.
 */
export const PROFICIENCY_LEVELS = ["expert", "advanced", "production", "working", "learning"] as const;

export type Proficiency = (typeof PROFICIENCY_LEVELS)[number];

/** How a level is drawn; its name and description are the interface's (`levels` in lib/i18n). */
export interface ProficiencyInfo {
  /** Filled pips of four on the level badge, one fewer for each level down; learning shows no meter, so it never reads as experience. */
  pips: number;
}

export const PROFICIENCY: Record<Proficiency, ProficiencyInfo> = {
  expert: { pips: 4 },
  advanced: { pips: 3 },
  production: { pips: 2 },
  working: { pips: 1 },
  learning: { pips: 0 },
};

export function proficiencyRank(level: Proficiency): number {
  return PROFICIENCY_LEVELS.indexOf(level);
}
