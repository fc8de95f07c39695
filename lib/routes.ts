import type { PageKind } from "./content";

export type { PageKind };

/** The URL of every page, in one place; all end in "/" to match the exported `route/index.html` files. */
export const routes = {
  home: "/",
  skills: "/skills/",
  skill: (slug: string) => `/skills/${slug}/`,
  projects: "/projects/",
  project: (slug: string) => `/projects/${slug}/`,
  achievements: "/achievements/",
  achievement: (slug: string) => `/achievements/${slug}/`,
  writing: "/writing/",
  article: (slug: string) => `/writing/${slug}/`,
  atomFeed: "/feed.xml",
  jsonFeed: "/feed.json",
  publications: "/publications/",
  publication: (slug: string) => `/publications/${slug}/`,
  talks: "/talks/",
  talk: (slug: string) => `/talks/${slug}/`,
  tags: "/tags/",
  resume: "/resume/",
  experience: "/experience/",
  /** One entry of work, education or certification, on the experience page. */
  careerEntry: (record: { kind: "experience" | "education" | "certification" | "honour"; slug: string }) => `/experience/#${record.kind}-${record.slug}`,
  resumeJson: "/resume.json",
  resumePdf: "/resume.pdf",
  match: "/match/",
  tag: (slug: string) => `/tags/${slug}/`,
  /** The skills list's filter, bundled for the browser (app/scripts/skill-filter.js). */
  skillFilterScript: "/scripts/skill-filter.js",
  /** Every page's behaviours, bundled for the browser (app/scripts/site.js). */
  siteScript: "/scripts/site.js",
} as const;

export function recordRoute(record: { kind: PageKind; slug: string }): string {
  return routes[record.kind](record.slug);
}

/** File name of a record's 1200x630 preview image, served from /og/. */
export function shareImageName(record?: { kind: PageKind; slug: string }): string {
  return record ? `${record.kind}-${record.slug}.png` : "home.png";
}

/** The skills page's own preview image, which shows the radar; no record's name can take it (theirs are `kind-slug.png`). */
export const SKILLS_SHARE_IMAGE = "skills.png";
export const SKILLS_SHARE_IMAGE_ROUTE = `/og/${SKILLS_SHARE_IMAGE}`;

export function shareImageRoute(record?: { kind: PageKind; slug: string }): string {
  return `/og/${shareImageName(record)}`;
}
