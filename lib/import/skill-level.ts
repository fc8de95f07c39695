/** A JSON Resume skill's free-text `level` read as this site's proficiency, with the years it states. */
import { PROFICIENCY_LEVELS, type Proficiency } from "@/lib/content/proficiency";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { en } from "@/lib/i18n/en";

const LEVEL_WORDS: [RegExp, Proficiency][] = [
  [/\b(master|expert|guru|lead)\b/i, "expert"],
  [/\b(advanced|senior|proficient|strong)\b/i, "advanced"],
  [/\b(production|professional|experienced)\b/i, "production"],
  [/\b(intermediate|working|competent|familiar|junior)\b/i, "working"],
  [/\b(beginner|basic|novice|learning|elementary)\b/i, "learning"],
];

export interface SkillLevel {
  proficiency: Proficiency;
  years?: string;
  /** False when the level was written but is none this site knows (it is then "working"). */
  known: boolean;
}

/** "Advanced, 5+ years" (this site's own export), "Master", "Intermediate" → a level, and years when stated. */
export function skillLevel(level: string | undefined): SkillLevel {
  const years = /(\d+(?:\.\d+)?\+?)\s*(?:years?|yrs?)\b/i.exec(level ?? "")?.[1];
  // This site's own export names levels in its interface's language; any catalog's name is read back.
  const names = (each: (typeof PROFICIENCY_LEVELS)[number]) => Object.values(CATALOGS).map((catalog) => catalog.levels[each].label.toLowerCase());
  const label = PROFICIENCY_LEVELS.find((each) => names(each).some((name) => level?.toLowerCase().startsWith(name)));
  const matched = label ?? LEVEL_WORDS.find(([pattern]) => pattern.test(level ?? ""))?.[1];
  return { proficiency: matched ?? "working", ...(years && { years }), known: matched !== undefined };
}

/** "Advanced, 5+ years" as a summary's opening words. */
export function levelWords(level: SkillLevel): string {
  return [en.levels[level.proficiency].label, level.years && `${level.years} years`].filter(Boolean).join(", ");
}
