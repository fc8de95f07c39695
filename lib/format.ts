/** The site's facts in words, in the interface's language (lib/i18n): years, evidence, contexts, roles, dates and periods. */
import type { PartialDate, ProjectContext, Years } from "@/lib/content";
import { counted, fill, messages, siteLanguageTag } from "@/lib/i18n";
import { evidenceText } from "@/lib/i18n/evidence";

/** "3 years", "3+ years", "2,5 Jahre". */
export function yearsLabel(years: Years): string {
  const { counts } = messages();
  if (years.orMore) return fill(counts.yearsOrMore, { count: new Intl.NumberFormat(siteLanguageTag()).format(years.value) });
  return counted(counts.years, years.value);
}

/** "2 projects · 1 result", or nothing when there is no evidence to count. */
export function evidenceLabel(evidence: { projects: unknown[] | number; achievements: unknown[] | number }): string | undefined {
  return evidenceText(evidence, messages().counts, siteLanguageTag());
}

/** "Company · Spenza Inc", "Personal project", or nothing when neither is known. */
export function contextLabel(project: { context?: ProjectContext; organization?: string }): string | undefined {
  const kind = project.context && messages().contexts[project.context];
  // "Lab · People & Robots Lab" says "lab" twice; the organisation's name alone is enough there.
  const redundant = kind && project.organization?.toLowerCase().includes(kind.toLowerCase());
  const parts = [redundant ? undefined : kind, project.organization].filter(Boolean);
  return parts.length ? parts.join(" · ") : undefined;
}

/** "Mentor (volunteer)", "Volunteer", or the role as written. */
export function roleLabel({ role, volunteer }: { role?: string; volunteer?: boolean }): string | undefined {
  const { words } = messages();
  if (!volunteer) return role;
  return role ? fill(words.roleAsVolunteer, { role }) : words.volunteer;
}

/** "Mar 2021", "März 2021" or "2021". */
export function dateLabel(date: PartialDate): string {
  if (!date.month) return String(date.year);
  const format = new Intl.DateTimeFormat(siteLanguageTag(), { month: "short", year: "numeric", timeZone: "UTC" });
  return format.format(Date.UTC(date.year, date.month - 1, 1));
}

interface Dated {
  start?: PartialDate;
  end?: PartialDate;
  current?: boolean;
}

/** The message a period reads as, with `{start}` and `{end}` where its dates go; nothing for an undated entry. */
function periodMessage({ start, end, current }: Dated): string | undefined {
  const { dates } = messages();
  // Two days of one month read as that month once.
  if (start && end) return dateLabel(start) === dateLabel(end) ? "{start}" : dates.range;
  if (start) return current ? dates.ongoing : dates.since;
  return end ? dates.until : undefined;
}

/** A period as words and dates: ["Mar 2021", " – present"]; empty for an undated entry. */
export function periodParts(period: Dated): (string | PartialDate)[] {
  const message = periodMessage(period);
  if (!message) return [];
  return message
    .split(/(\{start\}|\{end\})/)
    .filter(Boolean)
    .map((part) => (part === "{start}" ? period.start! : part === "{end}" ? period.end! : part));
}

/** "2019 – 2021", "Mar 2021 – present", "until 2020", or nothing for an undated entry. */
export function periodLabel(period: Dated): string | undefined {
  const parts = periodParts(period);
  return parts.length ? parts.map((part) => (typeof part === "string" ? part : dateLabel(part))).join("") : undefined;
}
