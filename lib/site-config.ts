/**
 * Where the site is deployed, fixed at build time:
 * - `BASE_PATH`: a sub-path the site lives under, e.g. `/portfolio` for a GitHub Pages project site;
 * - the public origin, from SITE_URL, the profile's `url` or the host's build
 *   variables (see lib/site-address.ts for the order).
 *
 * next.config.ts imports this file too, so it reads the profile's `url` with a
 * plain front-matter parse instead of loading the whole content pipeline; the
 * pipeline validates the same field (`npm run check`).
 */
import { plainProfile } from "./profile-front-matter";
import { resolveSiteAddress } from "./site-address";

function normaliseBasePath(value: string | undefined): string {
  const trimmed = (value ?? "").trim().replace(/\/+$/, "");
  if (!trimmed) return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** `url:` from the profile's front matter, or undefined when the file or the field is missing. */
function profileUrl(): string | undefined {
  const { url } = plainProfile();
  return typeof url === "string" ? url : undefined;
}

export const basePath = normaliseBasePath(process.env.BASE_PATH);

export const siteAddress = resolveSiteAddress(process.env, profileUrl(), basePath);

/** The site's root URL, base path included: what relative metadata URLs resolve against. */
export const siteUrl = new URL(`${basePath}/`, siteAddress.origin);

/** The public URL of a route such as `/skills/redis/`. */
export function absoluteUrl(route: string): string {
  return new URL(route.replace(/^\//, ""), siteUrl).href;
}
