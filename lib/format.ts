import type { PartialDate, ProjectContext, Years } from "@/lib/content";

export function yearsLabel(years: Years): string {
  const count = `${years.value}${years.orMore ? "+" : ""}`;
  return `${count} ${years.value === 1 && !years.orMore ? "year" : "years"}`;
}

export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "2 projects · 1 result", or nothing when there is no evidence to count. */
export function evidenceLabel(evidence: { projects: unknown[] | number; achievements: unknown[] | number }): string | undefined {
  const count = (value: unknown[] | number) => (typeof value === "number" ? value : value.length);
  const parts = [];
  if (count(evidence.projects)) parts.push(countLabel(count(evidence.projects), "project"));
  if (count(evidence.achievements)) parts.push(countLabel(count(evidence.achievements), "result"));
  return parts.length ? parts.join(" · ") : undefined;
}

const CONTEXT_LABEL: Record<ProjectContext, string> = {
  company: "Company",
  lab: "Lab",
  research: "Research",
  personal: "Personal project",
  "open-source": "Open source",
  freelance: "Freelance",
  client: "Client work",
};

/** "Company · Spenza Inc", "Personal project", or nothing when neither is known. */
export function contextLabel(project: { context?: ProjectContext; organization?: string }): string | undefined {
  const kind = project.context && CONTEXT_LABEL[project.context];
  // "Lab · People & Robots Lab" says "lab" twice; the organisation's name alone is enough there.
  const redundant = kind && project.organization?.toLowerCase().includes(kind.toLowerCase());
  const parts = [redundant ? undefined : kind, project.organization].filter(Boolean);
  return parts.length ? parts.join(" · ") : undefined;
}

/** "Mentor (volunteer)", "Volunteer", or the role as written. */
export function roleLabel({ role, volunteer }: { role?: string; volunteer?: boolean }): string | undefined {
  if (!volunteer) return role;
  return role ? `${role} (volunteer)` : "Volunteer";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Mar 2021" or "2021". */
export function dateLabel(date: PartialDate): string {
  return date.month ? `${MONTHS[date.month - 1]} ${date.year}` : String(date.year);
}

interface Dated {
  start?: PartialDate;
  end?: PartialDate;
  current?: boolean;
}

/** A period as words and dates: ["Mar 2021", " – present"]; empty for an undated entry. */
export function periodParts({ start, end, current }: Dated): (string | PartialDate)[] {
  // Two days of one month read as that month once.
  if (start && end) return dateLabel(start) === dateLabel(end) ? [start] : [start, " – ", end];
  if (start) return current ? [start, " – present"] : ["since ", start];
  return end ? ["until ", end] : [];
}

/** "2019 – 2021", "Mar 2021 – present", "until 2020", or nothing for an undated entry. */
export function periodLabel(period: Dated): string | undefined {
  const parts = periodParts(period);
  return parts.length ? parts.map((part) => (typeof part === "string" ? part : dateLabel(part))).join("") : undefined;
}
