/** site-config reads the profile's `url` itself (next.config.ts cannot load the whole pipeline) and applies the base path. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const made: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function siteConfig(profile: string, env: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "site-config-"));
  made.push(dir);
  writeFileSync(path.join(dir, "profile.md"), profile);
  for (const name of ["SITE_URL", "BASE_PATH", "GITHUB_ACTIONS", "NETLIFY", "VERCEL", "CF_PAGES"]) vi.stubEnv(name, "");
  vi.stubEnv("CONTENT_DIR", dir);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("@/lib/site-config");
}

describe("site-config", () => {
  it("takes the address from url: in the profile when SITE_URL is not set", async () => {
    const config = await siteConfig("---\nheadline: x\nurl: https://jane.example/\n---\n", { BASE_PATH: "portfolio/" });
    expect(config.siteAddress).toMatchObject({ origin: "https://jane.example", source: "url in profile.md" });
    expect(config.absoluteUrl("/skills/go/")).toBe("https://jane.example/portfolio/skills/go/");
  });

  it("lets SITE_URL win over the profile", async () => {
    const config = await siteConfig("---\nheadline: x\nurl: https://jane.example\n---\n", { SITE_URL: "https://build.example" });
    expect(config.siteUrl.href).toBe("https://build.example/");
  });

  it("treats an unreadable profile as one without a url (the content check reports it)", async () => {
    const config = await siteConfig("---\nheadline: [unclosed\n---\n", {});
    expect(config.siteAddress.unknown).toBe(true);
  });
});
