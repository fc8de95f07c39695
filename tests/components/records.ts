/** Small, hand-made records for component tests: just enough of the linked graph to render. */
import type { Achievement, Category, Project, Skill } from "@/lib/content";

export function category(overrides: Partial<Category> = {}): Category {
  return { slug: "core", title: "Core", skills: [], ...overrides };
}

export function skill(overrides: Partial<Skill> = {}): Skill {
  return {
    kind: "skill",
    slug: "postgresql",
    title: "PostgreSQL",
    formerSlugs: [],
    html: "",
    source: "content/skills/postgresql.md",
    category: category(),
    proficiency: "production",
    featured: false,
    summary: "Designs and runs production databases.",
    tags: [],
    aliases: [],
    related: [],
    projects: [],
    achievements: [],
    experience: [],
    education: [],
    certifications: [],
    honours: [],
    articles: [],
    publications: [],
    talks: [],
    ...overrides,
  };
}

export function project(overrides: Partial<Project> = {}): Project {
  return {
    kind: "project",
    slug: "payments",
    title: "Payments platform",
    formerSlugs: [],
    html: "",
    source: "content/projects/payments.md",
    summary: "Processes payments.",
    outcomes: [],
    featured: false,
    skills: [],
    achievements: [],
    experience: [],
    ...overrides,
  };
}

export function achievement(overrides: Partial<Achievement> = {}): Achievement {
  return {
    kind: "achievement",
    slug: "uptime",
    title: "99.9% uptime",
    formerSlugs: [],
    html: "",
    source: "content/achievements/uptime.md",
    figure: "99.9%",
    metric: "uptime",
    featured: true,
    projects: [],
    skills: [],
    ...overrides,
  };
}
