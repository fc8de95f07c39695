/** The search hint and the example posting come from the owner's skills, and the example shows every part of a match. */
import { describe, expect, it } from "vitest";
import type { Skill } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { examplePosting, searchExample } from "@/lib/search/examples";
import { matchPosting } from "@/lib/search/match-posting";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { VALID_FIXTURE } from "@/tests/unit/content/fixture";

const { skills } = loadContent(VALID_FIXTURE).content;

describe("searchExample", () => {
  it("suggests one of the owner's own spellings", () => {
    const withAlias = skills.find((skill) => skill.aliases.length)!;
    expect(searchExample(skills)).toBe(withAlias.aliases[0]);
  });

  it("falls back to a title, and to nothing for no skills", () => {
    expect(searchExample(skills.map((skill) => ({ ...skill, aliases: [], tags: [] })))).toBe(skills[0]!.title);
    expect(searchExample([])).toBeUndefined();
  });
});

describe("examplePosting", () => {
  it("names skills the site has, one it is learning, and technologies it does not cover", () => {
    const result = matchPosting(examplePosting(skills), buildSkillIndex(skills));
    expect(result.matched.length).toBeGreaterThanOrEqual(Math.min(3, skills.filter((skill) => skill.proficiency !== "learning").length));
    if (skills.some((skill) => skill.proficiency === "learning")) expect(result.learning.length).toBeGreaterThan(0);
    expect(result.missing).toHaveLength(2);
  });

  it("reads well with a single skill", () => {
    const posting = examplePosting(skills.slice(0, 1));
    expect(posting).toContain(`Production experience with ${skills[0]!.title}`);
    expect(posting).not.toMatch(/undefined|, and|with \n/);
  });
});

describe("examplePosting, line by line", () => {
  const base = skills[0]!;
  const make = (title: string, proficiency: Skill["proficiency"], featured = false): Skill => ({
    ...base,
    slug: title.toLowerCase().replace(/\s+/g, "-"),
    title,
    proficiency,
    featured,
    aliases: [],
    tags: [],
  });
  // None of these is JavaScript or TypeScript, the first two names of the vocabulary: those are what the site does not cover.
  const header = ["We are hiring an engineer to join a small team.", "", "Requirements:"];

  it("asks for the featured and then the other practised skills, and lists one being learned and a sixth as pluses", () => {
    const posting = examplePosting([
      make("Kotlin", "advanced"),
      make("SQLite", "production", true),
      make("Go", "working"),
      make("Automated testing", "advanced"),
      make("Haskell", "working"),
      make("Zig", "learning"),
      make("Elm", "working"),
      make("Erlang", "learning"),
    ]);
    expect(posting).toBe(
      [
        ...header,
        "- Production experience with SQLite, Kotlin and Go",
        "- Comfortable with Automated testing and Haskell",
        "- JavaScript and TypeScript",
        "",
        "Nice to have:",
        "- Zig",
        "- Elm",
      ].join("\n"),
    );
  });

  it("leaves out the lines it has nothing for", () => {
    expect(examplePosting([make("Kotlin", "advanced"), make("SQLite", "production"), make("Go", "working")])).toBe(
      [...header, "- Production experience with Kotlin, SQLite and Go", "- JavaScript and TypeScript"].join("\n"),
    );
    const five = ["Kotlin", "SQLite", "Go", "Haskell", "Elm"].map((title) => make(title, "working"));
    expect(examplePosting([...five, make("Zig", "learning")])).toBe(
      [
        ...header,
        "- Production experience with Kotlin, SQLite and Go",
        "- Comfortable with Haskell and Elm",
        "- JavaScript and TypeScript",
        "",
        "Nice to have:",
        "- Zig",
      ].join("\n"),
    );
  });

  it("lists as a plus a skill being learned whose name finds no practised one", () => {
    expect(examplePosting([make("SQLite", "production"), make("Postgres", "learning"), make("PostgreSQL", "expert"), make("Zig", "learning")])).toBe(
      [...header, "- Production experience with SQLite and PostgreSQL", "- JavaScript and TypeScript", "", "Nice to have:", "- Zig"].join("\n"),
    );
  });

  it("never asks for experience in what the owner is only learning", () => {
    expect(examplePosting([make("Zig", "learning"), make("Erlang", "learning")])).toBe(
      [...header, "- JavaScript and TypeScript", "", "Nice to have:", "- Zig"].join("\n"),
    );
  });
});

describe("searchExample, without spellings", () => {
  it("suggests the first tag of the first skill that has one", () => {
    const [first, second] = skills;
    const tagged = [
      { ...first!, aliases: [], tags: [] },
      { ...second!, aliases: [], tags: [{ slug: "coroutines", label: "Coroutines", skills: [] }] },
    ];
    expect(searchExample(tagged)).toBe("Coroutines");
  });
});
