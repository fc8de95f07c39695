/** "2 projects · 1 result": how much evidence stands behind a skill, for the server's pages and the browser's matcher alike. */
import { type Plural, plural } from "./fill";

export interface EvidenceForms {
  projects: Plural;
  results: Plural;
}

export function evidenceText(
  evidence: { projects: unknown[] | number; achievements: unknown[] | number },
  forms: EvidenceForms,
  locale: string,
): string | undefined {
  const count = (value: unknown[] | number) => (typeof value === "number" ? value : value.length);
  const parts = [];
  if (count(evidence.projects)) parts.push(plural(forms.projects, count(evidence.projects), locale));
  if (count(evidence.achievements)) parts.push(plural(forms.results, count(evidence.achievements), locale));
  return parts.length ? parts.join(" · ") : undefined;
}
