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

export const siteUrl = new URL(process.env.SITE_URL || "http://localhost:3000");
