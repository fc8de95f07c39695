import type { ProjectContext, Years } from "@/lib/content";

export function yearsLabel(years: Years): string {
  const count = `${years.value}${years.orMore ? "+" : ""}`;
  return `${count} ${years.value === 1 && !years.orMore ? "year" : "years"}`;
}

export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "2 projects · 1 result", or nothing when there is no evidence to count. */
export function evidenceLabel(evidence: { projects: unknown[]; achievements: unknown[] }): string | undefined {
  const parts = [];
  if (evidence.projects.length) parts.push(countLabel(evidence.projects.length, "project"));
  if (evidence.achievements.length) parts.push(countLabel(evidence.achievements.length, "result"));
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
