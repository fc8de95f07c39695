/**
 * Where the site is deployed, from the environment at build time:
 * - `SITE_URL`: the public origin, e.g. `https://example.com` (used for canonical and preview URLs);
 * - `BASE_PATH`: a sub-path the site lives under, e.g. `/portfolio` for a GitHub Pages project site.
 */
function normaliseBasePath(value: string | undefined): string {
  const trimmed = (value ?? "").trim().replace(/\/+$/, "");
  if (!trimmed) return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

export const basePath = normaliseBasePath(process.env.BASE_PATH);

const origin = new URL(process.env.SITE_URL || "http://localhost:3000").origin;

/** The site's root URL, base path included: what relative metadata URLs resolve against. */
export const siteUrl = new URL(`${basePath}/`, origin);

/** The public URL of a route such as `/skills/redis/`. */
export function absoluteUrl(route: string): string {
  return new URL(route.replace(/^\//, ""), siteUrl).href;
}
