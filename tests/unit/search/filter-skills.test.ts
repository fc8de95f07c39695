import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { filterFromSearch, filterToSearch, isFiltered, matchesFilter, NO_FILTER } from "@/lib/search/filter-skills";
import { normalizeTerm } from "@/lib/search/normalize";
import { buildSkillIndex, indexEntry, type SkillIndexEntry } from "@/lib/search/skill-index";
import { VALID_FIXTURE } from "@/tests/unit/content/fixture";

function entry(title: string, extra: Partial<SkillIndexEntry> & { words?: string[] } = {}): SkillIndexEntry {
  const { words = [], ...rest } = extra;
  return {
    slug: normalizeTerm(title),
    title,
    category: "core",
    proficiency: "production",
    aliases: [],
    tags: [],
    names: [normalizeTerm(title)],
    terms: [title, ...words].map(normalizeTerm),
    evidence: { projects: 0, achievements: 0 },
    ...rest,
  };
}

const postgres = entry("PostgreSQL", { words: ["Postgres", "SQL", "Full-text search"], tags: ["sql", "full-text-search"] });
const node = entry("Node.js", { words: ["Node", "NodeJS", "Express"], category: "secondary", proficiency: "working", tags: ["express"] });
const rust = entry("Rust", { category: "learning", proficiency: "learning" });

describe("skills filter", () => {
  it.each([
    ["Postgres", postgres],
    ["postgresql", postgres],
    ["node js", node],
    ["NODE.JS", node],
    ["nodejs", node],
    ["full text", postgres],
    ["express", node],
  ])("text %j finds %s", (q, expected) => {
    const found = [postgres, node, rust].filter((each) => matchesFilter(each, { ...NO_FILTER, q }));
    expect(found).toEqual([expected]);
  });

  it("combines category, level and tag with text", () => {
    expect(matchesFilter(node, { ...NO_FILTER, category: "secondary", level: "working", tag: "express", q: "node" })).toBe(true);
    expect(matchesFilter(node, { ...NO_FILTER, category: "core" })).toBe(false);
    expect(matchesFilter(rust, { ...NO_FILTER, level: "learning" })).toBe(true);
    expect(matchesFilter(postgres, { ...NO_FILTER, tag: "express" })).toBe(false);
  });

  it("matches everything when nothing is set", () => {
    expect([postgres, node, rust].every((each) => matchesFilter(each, NO_FILTER))).toBe(true);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it("round-trips through the URL, leaving out empty keys", () => {
    const filter = { q: "node js", category: "secondary", level: "", tag: "express" };
    const search = filterToSearch(filter);
    expect(search).toBe("?q=node+js&category=secondary&tag=express");
    expect(filterFromSearch(search)).toEqual(filter);
    expect(filterToSearch(NO_FILTER)).toBe("");
    expect(filterFromSearch("?unknown=1")).toEqual(NO_FILTER);
  });

  it("finds a skill by several words found in different terms, but only when every word is there", () => {
    expect([postgres, node, rust].filter((each) => matchesFilter(each, { ...NO_FILTER, q: "sql search" }))).toEqual([postgres]);
    expect([postgres, node, rust].filter((each) => matchesFilter(each, { ...NO_FILTER, q: "postgres rust" }))).toEqual([]);
  });

  it("leaves out a skill of another level", () => {
    expect(matchesFilter(node, { ...NO_FILTER, level: "expert" })).toBe(false);
  });

  it("counts a key as set only when it holds more than spaces, and writes it trimmed", () => {
    expect(isFiltered({ ...NO_FILTER, tag: "sql" })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, q: "  " })).toBe(false);
    expect(filterToSearch({ ...NO_FILTER, q: "  node  ", category: "  " })).toBe("?q=node");
  });
});

describe("skill index", () => {
  it("counts the evidence behind each skill and keeps only names that are words", () => {
    const { skills } = loadContent(VALID_FIXTURE).content;
    for (const [skill, indexed] of skills.map((each) => [each, buildSkillIndex([each])[0]!] as const)) {
      expect(indexed.evidence, skill.title).toEqual({ projects: skill.projects.length, achievements: skill.achievements.length });
    }
    expect(buildSkillIndex(skills).some((indexed) => indexed.evidence.projects > 0)).toBe(true);
    const entry = indexEntry({ ...postgres, aliases: ["Postgres", "!!!"], tags: [{ slug: "sql", label: "SQL" }] });
    expect(entry.names).toEqual(["postgresql", "postgres"]);
    expect(entry.terms).toEqual(["postgresql", "postgres", "sql"]);
  });
});
