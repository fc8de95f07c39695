/** Problems between files: categories, references to skills and projects, and slugs used twice. */
import { describe, expect, it } from "vitest";
import { copyValidFixture, expectLoads, expectProblems, lines, readFile, writeFile } from "./fixture";

describe("categories", () => {
  it("names the category field, lists the categories and suggests the closest one for a typo", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/testing.md", lines("---", "title: Testing", "category: practise", "proficiency: advanced", "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual([
      'content/skills/testing.md:3 category: no category "practise" exists (expected one of: practices, languages, data); did you mean "practices"?',
    ]);
  });

  it("does not suggest anything for a category that is nowhere near", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/testing.md", lines("---", "title: Testing", "category: cooking", "proficiency: advanced", "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual(['content/skills/testing.md:3 category: no category "cooking" exists (expected one of: practices, languages, data)']);
  });

  it("reports a category slug listed twice in profile.md", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      "profile.md",
      lines(
        "---",
        "headline: Data engineer",
        "summary: Fictional.",
        "categories:",
        "  - { slug: practices, title: Practices }",
        "  - { slug: languages, title: Languages }",
        "  - { slug: data, title: Data stores }",
        "  - { slug: data, title: More data }",
        "---",
      ),
    );
    expect(expectProblems(dir)).toEqual(['content/profile.md:8 categories[3].slug: category slug "data" appears twice; each category needs its own slug']);
  });
});

describe("references to skills and projects", () => {
  it("names skills[N] in a project and suggests the closest skill slug", () => {
    const dir = copyValidFixture();
    writeFile(dir, "projects/trail-map.md", lines("---", "title: Trail map", "summary: Maps.", "skills: [go, sql-lite]", "---"));
    expect(expectProblems(dir)).toEqual([
      'content/projects/trail-map.md:4 skills[1]: no skill "sql-lite" exists (expected one of: go, kotlin, sqlite, testing); did you mean "sqlite"?',
    ]);
  });

  it("names skills[N] in an achievement and suggests the closest skill slug", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      "achievements/offline-100.md",
      lines("---", 'title: "100% offline"', 'figure: "100%"', "metric: offline", "projects: [trail-map]", "skills: [sqllite]", "---"),
    );
    expect(expectProblems(dir)).toEqual([
      'content/achievements/offline-100.md:6 skills[0]: no skill "sqllite" exists (expected one of: go, kotlin, sqlite, testing); did you mean "sqlite"?',
    ]);
  });

  it("names projects[N] in an achievement that cites a missing project", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      "achievements/offline-100.md",
      lines("---", 'title: "100% offline"', 'figure: "100%"', "metric: offline", "projects: [trail-map, garden-planner]", "---"),
    );
    expect(expectProblems(dir)).toEqual([
      'content/achievements/offline-100.md:5 projects[1]: no project "garden-planner" exists (expected one of: ledger-sync, trail-map)',
    ]);
  });

  it("names related[N] in a skill that cites a missing skill", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      "skills/testing.md",
      lines("---", "title: Testing", "category: practices", "proficiency: advanced", "summary: Tests.", "related: [kotlinn]", "---"),
    );
    expect(expectProblems(dir)).toEqual([
      'content/skills/testing.md:6 related[0]: no skill "kotlinn" exists (expected one of: go, kotlin, sqlite, testing); did you mean "kotlin"?',
    ]);
  });
});

describe("duplicate slugs", () => {
  it("names both files when a subdirectory holds a file with the same name", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/more/go.md", readFile(dir, "skills/go.md"));
    expect(expectProblems(dir)).toEqual([
      'content/skills/more/go.md slug: skill slug "go" is already used by content/skills/go.md; each skill needs its own slug',
    ]);
  });

  it("names both files when a slug: override claims a slug another file has", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/golang.md", lines("---", "title: Golang", "slug: go", "category: languages", "proficiency: working", "summary: Go again.", "---"));
    expect(expectProblems(dir)).toEqual([
      'content/skills/golang.md:3 slug: skill slug "go" is already used by content/skills/go.md; each skill needs its own slug',
    ]);
  });

  it("names both files when a former slug is another record's slug", () => {
    const dir = copyValidFixture();
    writeFile(dir, "projects/trail-map.md", lines("---", "title: Trail map", "summary: Maps.", "formerSlugs: [ledger-sync]", "---"));
    expect(expectProblems(dir)).toEqual([
      'content/projects/trail-map.md:4 formerSlugs[0]: project slug "ledger-sync" is already used by content/projects/ledger-sync.md; each project needs its own slug',
    ]);
  });

  it("allows the same slug in different kinds of record", () => {
    const dir = copyValidFixture();
    writeFile(dir, "projects/go.md", lines("---", "title: A Go project", "summary: Same slug as the skill.", "skills: [go]", "---"));
    expect(expectLoads(dir).content.projects.map((project) => project.slug)).toContain("go");
  });
});

describe("one mistake, one error", () => {
  it("keeps a file with a schema error as a reference target, so only its own mistake is reported", () => {
    const dir = copyValidFixture();
    // kotlin.md breaks; ledger-sync.md and sync-time-50.md still name it, and must not fail too.
    writeFile(dir, "skills/kotlin.md", lines("---", "title: Kotlin", "category: languages", "proficiency: guru", "summary: Apps.", "---"));
    expect(expectProblems(dir)).toEqual([
      'content/skills/kotlin.md:4 proficiency: expected one of "expert", "advanced", "production", "working", "learning", got "guru"',
    ]);
  });

  it("keeps a file whose YAML does not parse as a reference target", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/kotlin.md", lines("---", "title: [Kotlin", "---"));
    expect(expectProblems(dir)).toEqual([expect.stringMatching(/^content\/skills\/kotlin\.md:\d invalid YAML in front matter: /)]);
  });

  it("suggests a file that is present but broken for a misspelt reference", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/kotlin.md", lines("---", "title: Kotlin", "category: languages", "proficiency: guru", "summary: Apps.", "---"));
    writeFile(dir, "projects/ledger-sync.md", readFile(dir, "projects/ledger-sync.md").replace("[kotlin, sqlite]", "[kotlni, sqlite]"));
    expect(expectProblems(dir)).toEqual([
      'content/skills/kotlin.md:4 proficiency: expected one of "expert", "advanced", "production", "working", "learning", got "guru"',
      'content/projects/ledger-sync.md:5 skills[0]: no skill "kotlni" exists (expected one of: go, kotlin, sqlite, testing); did you mean "kotlin"?',
    ]);
  });

  it("points at the list item of a missing reference, not at the start of the list", () => {
    const dir = copyValidFixture();
    writeFile(dir, "projects/ledger-sync.md", lines("---", "title: Ledger sync", "summary: Sync.", "skills:", "  - kotlin", "  - sqlit", "---"));
    expect(expectProblems(dir)).toEqual([
      expect.stringMatching(/^content\/projects\/ledger-sync\.md:6 skills\[1\]: no skill "sqlit" exists .*did you mean "sqlite"\?$/),
    ]);
  });
});
