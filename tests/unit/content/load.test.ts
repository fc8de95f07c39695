/** The valid fixture tree loads into a record graph linked both ways, in the order pages show it. */
import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedContent } from "@/lib/content/load";
import { loadContent } from "@/lib/content/load";
import { bySlug, VALID_FIXTURE } from "./fixture";

const slugs = (records: readonly { slug: string }[]) => records.map((record) => record.slug);

describe("loading the valid fixture", () => {
  let loaded: LoadedContent;
  beforeAll(() => {
    loaded = loadContent(VALID_FIXTURE);
  });
  const skill = (slug: string) => bySlug(loaded.content.skills, slug);
  const project = (slug: string) => bySlug(loaded.content.projects, slug);
  const achievement = (slug: string) => bySlug(loaded.content.achievements, slug);

  it("reads every markdown file and reports no warnings", () => {
    expect(loaded.fileCount).toBe(9);
    expect(loaded.warnings).toEqual([]);
  });

  it("keeps the categories in the order profile.md lists them", () => {
    expect(slugs(loaded.content.categories)).toEqual(["practices", "languages", "data"]);
  });

  it("orders skills by category order from profile.md, then by strength within a category", () => {
    // practices: testing; languages: kotlin (advanced) before go (working); data: sqlite.
    expect(slugs(loaded.content.skills)).toEqual(["testing", "kotlin", "go", "sqlite"]);
  });

  it("gives each category its skills, strongest first", () => {
    const skillsOf = (slug: string) => slugs(bySlug(loaded.content.categories, slug).skills);
    expect(skillsOf("practices")).toEqual(["testing"]);
    expect(skillsOf("languages")).toEqual(["kotlin", "go"]);
    expect(skillsOf("data")).toEqual(["sqlite"]);
  });

  it("links each skill to its category record", () => {
    expect(skill("go").category).toBe(bySlug(loaded.content.categories, "languages"));
  });

  it("links a project to the skill records it names", () => {
    expect(project("trail-map").skills).toEqual([skill("go"), skill("sqlite")]);
    expect(project("trail-map").skills[0]).toBe(skill("go"));
  });

  it("lets a skill know the projects that cite it", () => {
    expect(slugs(skill("sqlite").projects).sort()).toEqual(["ledger-sync", "trail-map"]);
    expect(slugs(skill("go").projects)).toEqual(["trail-map"]);
    expect(slugs(skill("kotlin").projects)).toEqual(["ledger-sync"]);
    expect(skill("testing").projects).toEqual([]);
  });

  it("lets a skill know the achievements that cite it", () => {
    expect(slugs(skill("kotlin").achievements)).toEqual(["sync-time-50"]);
    expect(slugs(skill("sqlite").achievements)).toEqual(["offline-100"]);
    expect(skill("go").achievements).toEqual([]);
  });

  it("links an achievement to its projects and skills, and lets a project know its achievements", () => {
    expect(achievement("sync-time-50").projects).toEqual([project("ledger-sync")]);
    expect(achievement("sync-time-50").skills).toEqual([skill("kotlin")]);
    expect(slugs(project("ledger-sync").achievements)).toEqual(["sync-time-50"]);
    expect(slugs(project("trail-map").achievements)).toEqual(["offline-100"]);
  });

  it("makes related skills symmetric even when only one side names the other", () => {
    // go.md names sqlite; kotlin.md names go. Nobody names kotlin from go, or go from sqlite.
    expect(slugs(skill("go").related)).toEqual(["sqlite", "kotlin"]);
    expect(slugs(skill("kotlin").related)).toEqual(["go"]);
    expect(slugs(skill("sqlite").related)).toEqual(["go"]);
    for (const each of loaded.content.skills) {
      for (const other of each.related) expect(other.related).toContain(each);
    }
  });

  it("collects tags from skills, merging labels that slugify alike", () => {
    const concurrency = bySlug(loaded.content.tags, "concurrency");
    expect(concurrency.label).toBe("Concurrency");
    expect(concurrency.skills).toEqual([skill("go"), skill("sqlite")]);
    expect(skill("go").tags).toContain(concurrency);
    expect(skill("sqlite").tags).toContain(concurrency);
  });

  it("sorts tags by label", () => {
    expect(loaded.content.tags.map((tag) => tag.label)).toEqual(["CLI tools", "Concurrency", "Coroutines", "Embedded"]);
  });

  it("orders projects and achievements featured first, then by title", () => {
    expect(slugs(loaded.content.projects)).toEqual(["trail-map", "ledger-sync"]);
    expect(slugs(loaded.content.achievements)).toEqual(["offline-100", "sync-time-50"]);
  });

  it("reads years as a number, remembering a trailing +", () => {
    expect(skill("kotlin").years).toEqual({ value: 4, orMore: true });
    expect(skill("go").years).toEqual({ value: 2, orMore: false });
    expect(skill("testing").years).toBeUndefined();
    expect(loaded.content.profile.experience).toEqual({ value: 6, orMore: true });
  });

  it("fills defaults for fields left out", () => {
    expect(skill("go").featured).toBe(false);
    expect(skill("testing").tags).toEqual([]);
    expect(skill("testing").aliases).toEqual(["QA"]);
    expect(project("trail-map").outcomes).toEqual([]);
    expect(skill("go").formerSlugs).toEqual([]);
  });

  it("renders a skill's markdown body to HTML", () => {
    const html = skill("go").html;
    expect(html).toContain("<h2>Highlights</h2>");
    expect(html).toContain("<li>A sync daemon with bounded worker pools</li>");
    expect(html).toContain('<a href="https://go.dev/">the Go site</a>');
    expect(html).not.toContain("---");
    expect(html).not.toContain("proficiency:");
  });

  it("renders the profile body to HTML and keeps its fields", () => {
    const { profile } = loaded.content;
    expect(profile.html).toContain("<strong>invented</strong>");
    expect(profile.html).toContain("<h2>Focus</h2>");
    expect(profile.name).toBe("Robin Example");
    expect(profile.links).toEqual([{ label: "Code", url: "https://example.com/robin" }]);
  });

  it("records the file each record came from", () => {
    expect(skill("go").source).toMatch(/tests\/fixtures\/content\/valid\/skills\/go\.md$/);
  });
});
