/** The search hint and the example posting come from the owner's skills, and the example shows every part of a match. */
import { describe, expect, it } from "vitest";
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
