/**
 * The same records as a JSON Resume document (https://jsonresume.org/schema),
 * so the owner's profile can be used by any tool that reads that format.
 */
import type { Content, Skill } from "../content";
import { PROFICIENCY } from "../content";
import { routes } from "../routes";
import { absoluteUrl } from "../site-config";

const SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

function networkName(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, "");
  return host.split(".")[0]!.replace(/^./, (letter) => letter.toUpperCase());
}

function skillLevel(skill: Skill): string {
  const level = PROFICIENCY[skill.proficiency].label;
  return skill.years ? `${level}, ${skill.years.value}${skill.years.orMore ? "+" : ""} years` : level;
}

export function toJsonResume({ profile, skills, projects }: Content) {
  return {
    $schema: SCHEMA_URL,
    basics: {
      ...(profile.name && { name: profile.name }),
      label: profile.headline,
      ...(profile.email && { email: profile.email }),
      url: absoluteUrl(routes.home),
      summary: profile.summary,
      ...(profile.location && { location: { address: profile.location } }),
      profiles: profile.links.map((link) => ({ network: networkName(link.url) || link.label, url: link.url })),
    },
    skills: skills.map((skill) => ({
      name: skill.title,
      level: skillLevel(skill),
      keywords: skill.tags.map((tag) => tag.label),
    })),
    projects: projects.map((project) => ({
      name: project.title,
      description: project.summary,
      highlights: project.outcomes.length
        ? project.outcomes
        : project.achievements.map((achievement) => `${achievement.figure} ${achievement.metric}`),
      keywords: project.skills.map((skill) => skill.title),
      ...(project.organization && { entity: project.organization }),
      ...(project.context && { type: project.context }),
      url: project.url ?? absoluteUrl(routes.project(project.slug)),
    })),
    meta: { canonical: absoluteUrl(routes.resumeJson), version: "v1.0.0" },
  };
}
