/**
 * Where the site will be published, decided once per build from what the
 * owner and the host already say, first match wins:
 * 1. `SITE_URL`, set by the owner for the build;
 * 2. `url:` in content/profile.md;
 * 3. the address the host sets during its builds: GitHub Actions (Pages),
 *    Netlify, Vercel, Cloudflare Pages;
 * 4. nothing: http://localhost:3000, fine for `npm run dev` and tests, and
 *    reported by a production build and by `npm run check` as a problem to fix.
 *
 * Pure: the environment and the profile's `url` come in as arguments.
 */

export const LOCAL_ORIGIN = "http://localhost:3000";

export interface SiteAddress {
  /** The public origin, without a path: the base path is added separately. */
  origin: string;
  /** Where it came from, said in a warning or a build log. */
  source: string;
  /** Set when nothing named the address, so a build would publish `origin` = localhost. */
  unknown?: true;
  /** Something the owner should change, such as a GitHub Pages project site built without its base path. */
  advice?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function originOf(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * GitHub Pages: `<owner>.github.io` serves the repository of that name at its root
 * (a user or organisation site) and every other repository under `/<repository>/`.
 */
function gitHubPages(env: Env, basePath: string): SiteAddress | undefined {
  if (env.GITHUB_ACTIONS !== "true") return undefined;
  const [owner, repository] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repository) return undefined;
  const host = `${owner.toLowerCase()}.github.io`;
  const userSite = repository.toLowerCase() === host;
  const expectedBasePath = userSite ? "" : `/${repository}`;
  return {
    origin: `https://${host}`,
    source: `GitHub Actions (GITHUB_REPOSITORY=${env.GITHUB_REPOSITORY})`,
    ...(basePath !== expectedBasePath && {
      advice: userSite
        ? `GitHub Pages serves ${repository} at the root of https://${host}/: leave BASE_PATH empty (it is "${basePath}").`
        : `GitHub Pages serves ${repository} under https://${host}${expectedBasePath}/: set BASE_PATH=${expectedBasePath} (it is "${basePath}"), or SITE_URL for a custom domain.`,
    }),
  };
}

/** Netlify: `URL` is the site's main address; other deploy contexts (previews, branches) have their own. */
function netlify(env: Env): SiteAddress | undefined {
  if (env.NETLIFY !== "true") return undefined;
  const production = env.CONTEXT === "production";
  const name = production ? "URL" : env.DEPLOY_PRIME_URL ? "DEPLOY_PRIME_URL" : "URL";
  const origin = originOf(env[name]);
  return origin ? { origin, source: `Netlify (${name})` } : undefined;
}

/** Vercel: the production domain for production builds, the deployment's own domain otherwise (both without a scheme). */
function vercel(env: Env): SiteAddress | undefined {
  if (env.VERCEL !== "1") return undefined;
  const name = env.VERCEL_ENV === "production" && env.VERCEL_PROJECT_PRODUCTION_URL ? "VERCEL_PROJECT_PRODUCTION_URL" : "VERCEL_URL";
  const origin = originOf(env[name]);
  return origin ? { origin, source: `Vercel (${name})` } : undefined;
}

/** Cloudflare Pages: the address of this deployment (`<hash>.<project>.pages.dev`); a custom domain needs SITE_URL. */
function cloudflarePages(env: Env): SiteAddress | undefined {
  if (env.CF_PAGES !== "1") return undefined;
  const origin = originOf(env.CF_PAGES_URL);
  return origin
    ? { origin, source: "Cloudflare Pages (CF_PAGES_URL)", advice: "CF_PAGES_URL is this deployment's own address; set SITE_URL to your production domain." }
    : undefined;
}

export function resolveSiteAddress(env: Env, profileUrl: string | undefined, basePath: string): SiteAddress {
  const fromEnv = originOf(env.SITE_URL);
  if (fromEnv) return { origin: fromEnv, source: "SITE_URL" };
  const fromProfile = originOf(profileUrl);
  if (fromProfile) return { origin: fromProfile, source: "url in profile.md" };
  return (
    gitHubPages(env, basePath) ??
    netlify(env) ??
    vercel(env) ??
    cloudflarePages(env) ?? { origin: LOCAL_ORIGIN, source: "nothing (SITE_URL, profile url and host variables are all unset)", unknown: true }
  );
}

/** The lines a build and `npm run check` print about the address; none when it is known and needs no change. */
export function siteAddressWarnings(address: SiteAddress): string[] {
  if (address.unknown) {
    return [
      `The site's public address is unknown, so canonical URLs, sitemap.xml, robots.txt, preview images and JSON-LD point at ${LOCAL_ORIGIN}.`,
      "Set it before publishing: SITE_URL=https://you.example npm run build, or `url: https://you.example` in content/profile.md.",
    ];
  }
  return address.advice ? [`Site address from ${address.source}: ${address.origin}. ${address.advice}`] : [];
}
