/**
 * The skills view's filter: category, level, tag and free text, kept in the
 * URL (`?q=postgres&category=core&level=production&tag=sql`) so a filtered
 * view can be shared.
 */
import { normalizeTerm } from "./normalize";
import type { SkillIndexEntry } from "./skill-index";

export interface SkillFilter {
  q: string;
  category: string;
  level: string;
  tag: string;
}

export const NO_FILTER: SkillFilter = { q: "", category: "", level: "", tag: "" };

const KEYS = Object.keys(NO_FILTER) as (keyof SkillFilter)[];

/** What the filter reads of a skill; its title, evidence and the rest are on its card already. */
export type FilterEntry = Pick<SkillIndexEntry, "slug" | "category" | "proficiency" | "tags" | "terms">;

export const filterEntry = ({ slug, category, proficiency, tags, terms }: SkillIndexEntry): FilterEntry => ({ slug, category, proficiency, tags, terms });

export function filterFromSearch(search: string): SkillFilter {
  const params = new URLSearchParams(search);
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key)?.trim() ?? ""])) as unknown as SkillFilter;
}

/** `?q=...` with only the keys that are set, or "" when nothing is. */
export function filterToSearch(filter: SkillFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filter[key].trim()) params.set(key, filter[key].trim());
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function isFiltered(filter: SkillFilter): boolean {
  return KEYS.some((key) => filter[key].trim() !== "");
}

/** Text matches when the whole query, or every word of it, appears in the skill's title, aliases or tags. */
function matchesText(entry: FilterEntry, query: string): boolean {
  const whole = normalizeTerm(query);
  if (!whole) return true;
  const has = (needle: string) => entry.terms.some((term) => term.includes(needle));
  if (has(whole)) return true;
  const words = query.split(/\s+/).map(normalizeTerm).filter(Boolean);
  return words.length > 1 && words.every(has);
}

export function matchesFilter(entry: FilterEntry, filter: SkillFilter): boolean {
  return (
    (!filter.category || entry.category === filter.category) &&
    (!filter.level || entry.proficiency === filter.level) &&
    (!filter.tag || entry.tags.includes(filter.tag)) &&
    matchesText(entry, filter.q)
  );
}
