/** Where the site's public address comes from, in order, and what a build says when nothing names it. */
import { describe, expect, it } from "vitest";
import { LOCAL_ORIGIN, resolveSiteAddress, siteAddressWarnings } from "@/lib/site-address";

const github = { GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: "Jane-Doe/portfolio" };
const netlify = { NETLIFY: "true", CONTEXT: "production", URL: "https://jane.netlify.app", DEPLOY_PRIME_URL: "https://deploy-preview-3--jane.netlify.app" };
const vercel = { VERCEL: "1", VERCEL_ENV: "production", VERCEL_PROJECT_PRODUCTION_URL: "jane.dev", VERCEL_URL: "portfolio-abc123.vercel.app" };
const cloudflare = { CF_PAGES: "1", CF_PAGES_URL: "https://9e2f1c.portfolio.pages.dev" };

describe("resolveSiteAddress", () => {
  it("takes SITE_URL first, then the profile's url, then the host", () => {
    const everything = { ...github, ...netlify, SITE_URL: "https://jane.example/" };
    expect(resolveSiteAddress(everything, "https://profile.example", "")).toEqual({ origin: "https://jane.example", source: "SITE_URL" });
    const { SITE_URL: _unset, ...hostOnly } = everything;
    expect(resolveSiteAddress(hostOnly, "https://profile.example/about", "")).toEqual({ origin: "https://profile.example", source: "url in profile.md" });
    expect(resolveSiteAddress(hostOnly, undefined, "/portfolio").origin).toBe("https://jane-doe.github.io");
  });

  it("skips values that are not web addresses", () => {
    expect(resolveSiteAddress({ SITE_URL: "   " }, "ftp://files.example", "").unknown).toBe(true);
  });

  it("knows a GitHub Pages project site lives under /<repository>/ and a user site at the root", () => {
    const project = resolveSiteAddress(github, undefined, "/portfolio");
    expect(project).toMatchObject({ origin: "https://jane-doe.github.io" });
    expect(project.advice).toBeUndefined();
    expect(resolveSiteAddress(github, undefined, "").advice).toMatch(/set BASE_PATH=\/portfolio/);

    const userSite = { GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: "Jane-Doe/jane-doe.github.io" };
    expect(resolveSiteAddress(userSite, undefined, "")).toMatchObject({ origin: "https://jane-doe.github.io" });
    expect(resolveSiteAddress(userSite, undefined, "")).not.toHaveProperty("advice");
    expect(resolveSiteAddress(userSite, undefined, "/jane-doe.github.io").advice).toMatch(/leave BASE_PATH empty/);
  });

  it("uses Netlify's main URL in production and the deploy's own address elsewhere", () => {
    expect(resolveSiteAddress(netlify, undefined, "").origin).toBe("https://jane.netlify.app");
    expect(resolveSiteAddress({ ...netlify, CONTEXT: "deploy-preview" }, undefined, "").origin).toBe("https://deploy-preview-3--jane.netlify.app");
  });

  it("adds the scheme Vercel leaves out, preferring the production domain for production builds", () => {
    expect(resolveSiteAddress(vercel, undefined, "")).toEqual({ origin: "https://jane.dev", source: "Vercel (VERCEL_PROJECT_PRODUCTION_URL)" });
    expect(resolveSiteAddress({ ...vercel, VERCEL_ENV: "preview" }, undefined, "").origin).toBe("https://portfolio-abc123.vercel.app");
  });

  it("uses Cloudflare Pages' deployment address, with advice to set the production domain", () => {
    const address = resolveSiteAddress(cloudflare, undefined, "");
    expect(address.origin).toBe("https://9e2f1c.portfolio.pages.dev");
    expect(siteAddressWarnings(address).join(" ")).toMatch(/SITE_URL/);
  });

  it("falls back to localhost, and says so plainly", () => {
    const address = resolveSiteAddress({}, undefined, "");
    expect(address).toMatchObject({ origin: LOCAL_ORIGIN, unknown: true });
    const warning = siteAddressWarnings(address).join("\n");
    expect(warning).toContain(LOCAL_ORIGIN);
    expect(warning).toMatch(/SITE_URL=/);
    expect(warning).toMatch(/url: .*profile\.md/);
  });

  it("has nothing to say when the address is known and right", () => {
    expect(siteAddressWarnings(resolveSiteAddress({ SITE_URL: "https://jane.dev" }, undefined, ""))).toEqual([]);
  });
});
