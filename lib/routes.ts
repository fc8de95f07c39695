/** The URL of every page, in one place; all end in "/" to match the exported `route/index.html` files. */
export const routes = {
  home: "/",
  skills: "/skills/",
  skill: (slug: string) => `/skills/${slug}/`,
  projects: "/projects/",
  project: (slug: string) => `/projects/${slug}/`,
  achievements: "/achievements/",
  achievement: (slug: string) => `/achievements/${slug}/`,
  tags: "/tags/",
  tag: (slug: string) => `/tags/${slug}/`,
} as const;

type PageKind = "skill" | "project" | "achievement";

export function recordRoute(record: { kind: PageKind; slug: string }): string {
  return routes[record.kind](record.slug);
}
