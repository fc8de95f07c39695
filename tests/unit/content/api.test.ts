/** The typed API pages use: read once per build, fresh after every edit in development. */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { copyValidFixture } from "./fixture";

async function freshApi(contentDir: string, mode: "production" | "development") {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", contentDir);
  vi.stubEnv("NODE_ENV", mode);
  const api = await import("@/lib/content");
  const { readStats } = await import("@/lib/content/source");
  return { api, readStats };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("content API", () => {
  it("reads and parses each content file once, however many pages ask", async () => {
    const dir = copyValidFixture();
    const { api, readStats } = await freshApi(dir, "production");
    const fileCount = fs.readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".md")).length;
    for (const skill of api.getSkills()) {
      api.getSkill(skill.slug);
      api.getProfile();
      api.getProjects();
      api.getTags();
    }
    expect(readStats.files).toBe(fileCount);
  });

  it("shows an edit on the next request in development, without a restart", async () => {
    const dir = copyValidFixture();
    const { api } = await freshApi(dir, "development");
    const [first] = api.getSkills();
    const file = path.join(dir, "skills", `${first!.slug}.md`);
    const edited = fs.readFileSync(file, "utf8").replace(/^summary: .*$/m, "summary: Edited while the server runs.");
    fs.writeFileSync(file, edited);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(api.getSkill(first!.slug)?.summary).toBe("Edited while the server runs.");
  });

  it("does not re-read unchanged content in development", async () => {
    const dir = copyValidFixture();
    const { api, readStats } = await freshApi(dir, "development");
    api.getSkills();
    const afterFirstLoad = readStats.files;
    api.getSkills();
    api.getProjects();
    expect(readStats.files).toBe(afterFirstLoad);
  });

  it("finds a tag whose slug is not ASCII when its page is asked for it percent-encoded, as Next asks", async () => {
    const dir = copyValidFixture();
    const skill = path.join(dir, "skills", "go.md");
    fs.writeFileSync(skill, fs.readFileSync(skill, "utf8").replace(/^tags: .*$/m, "tags: [العربية, 日本語]"));
    const { api } = await freshApi(dir, "production");
    for (const label of ["العربية", "日本語"]) {
      expect(api.getTag(label)?.label).toBe(label);
      expect(api.getTag(encodeURIComponent(label))?.label).toBe(label);
    }
    expect(api.getTag("%E0%A4%A")).toBeUndefined();
  });
});
