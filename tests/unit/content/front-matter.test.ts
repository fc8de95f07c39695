/**
 * Problems inside one file's front matter: YAML syntax, missing and mistyped
 * fields. Each test rewrites content/skills/testing.md (which no other file
 * references, so its failure causes no follow-on problems) and checks the
 * message the owner reads.
 */
import { describe, expect, it } from "vitest";
import { copyValidFixture, expectProblems, lines, writeFile } from "./fixture";

const SKILL = "skills/testing.md";

describe("invalid YAML", () => {
  it("reports the line of the broken field", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      SKILL,
      lines(
        "---", //                           line 1
        "category: practices", //           line 2
        "title: Testing: the basics", //    line 3: a second ": " in a plain value
        "proficiency: advanced", //         line 4
        "summary: Tests.", //               line 5
        "---", //                           line 6
        "Body.",
      ),
    );
    expect(expectProblems(dir)).toEqual([
      'content/skills/testing.md:3 invalid YAML in front matter: nested mappings are not allowed in compact mappings; text with ": " in it needs quotes, like title: "Testing: the basics"',
    ]);
  });

  it("reports an unclosed list on a line inside the front matter, at or just after the broken line", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      SKILL,
      lines(
        "---", //                    line 1
        "category: practices", //    line 2
        "title: [unclosed", //       line 3
        "proficiency: advanced", //  line 4: js-yaml notices the missing ] here
        "summary: Tests.", //        line 5
        "---", //                    line 6
        "Body.",
      ),
    );
    const [problem, ...rest] = expectProblems(dir);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/skills\/testing\.md:\d+ invalid YAML in front matter: /);
    const line = Number(/:(\d+) /.exec(problem!)?.[1]);
    expect(line).toBeGreaterThanOrEqual(3);
    expect(line).toBeLessThanOrEqual(4);
  });

  it("reports an unclosed list in the last field on a front matter line, not in the body", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      SKILL,
      lines(
        "---", //                    line 1
        "title: Testing", //         line 2
        "category: practices", //    line 3
        "proficiency: advanced", //  line 4
        "summary: Tests.", //        line 5
        "tags: [unit, e2e", //       line 6
        "---", //                    line 7
        "Body.", //                  line 8
      ),
    );
    const [problem] = expectProblems(dir);
    const line = Number(/:(\d+) /.exec(problem!)?.[1]);
    expect(line).toBeGreaterThanOrEqual(6);
    expect(line).toBeLessThanOrEqual(7);
  });

  it("reports a duplicated field as invalid YAML", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      SKILL,
      lines(
        "---", //                    line 1
        "title: Testing", //         line 2
        "category: practices", //    line 3
        "proficiency: advanced", //  line 4
        "title: Tests", //           line 5: title again
        "summary: Tests.", //        line 6
        "---",
      ),
    );
    expect(expectProblems(dir)).toEqual([
      "content/skills/testing.md:5 invalid YAML in front matter: map keys must be unique; a field appears twice; keep one of them",
    ]);
  });

  it("asks for front matter when the file does not start with ---", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("title: Testing", "", "Body."));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md:1 expected front matter at the top of the file, between two lines of ---"]);
  });

  it("refuses JavaScript front matter (---js) instead of evaluating it", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---js", "{ title: (() => { globalThis.__evaluated = true; return 'x' })() }", "---"));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md:1 expected front matter at the top of the file, between two lines of ---"]);
    expect((globalThis as { __evaluated?: boolean }).__evaluated).toBeUndefined();
  });

  it("says when the front matter is never closed", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices"));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md:1 front matter is not closed; expected a line of --- after the last field"]);
  });

  it("says when the front matter is a list rather than fields", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "- title", "- category", "---"));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md:2 expected front matter of `field: value` lines"]);
  });
});

describe("required and mistyped fields", () => {
  it("names a missing required field (summary) and says it is required", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices", "proficiency: advanced", "---"));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md:1 summary: required field is missing; expected text"]);
  });

  it("reports an empty required value as empty, on its line", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices", "proficiency: advanced", "summary:", "---"));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md:5 summary: expected text, got an empty value"]);
  });

  it('reports featured: "yes" as expecting true or false', () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices", "proficiency: advanced", 'featured: "yes"', "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual(['content/skills/testing.md:5 featured: expected true or false, got "yes"']);
  });

  it('reports tags: "python" as expecting a list', () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices", "proficiency: advanced", "summary: Tests.", 'tags: "python"', "---"));
    expect(expectProblems(dir)).toEqual(['content/skills/testing.md:6 tags: expected a list, like [a, b], got "python"']);
  });

  it("reports a date where text is expected as a date", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: 2024-01-01", "category: practices", "proficiency: advanced", "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md:2 title: expected text, got the date 2024-01-01"]);
  });

  it('reports years: "lots" as expecting a number or "N+", on the years line', () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices", "proficiency: advanced", "years: lots", "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual(['content/skills/testing.md:5 years: expected a number or "N+", like 3 or "2+", got "lots"']);
  });

  it("reports negative years in the same expected-a-number words as other bad years", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices", "proficiency: advanced", "years: -1", "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual([expect.stringMatching(/^content\/skills\/testing\.md:5 years: expected .*got -1$/)]);
  });

  it("lists the allowed levels for an unknown proficiency", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices", "proficiency: guru", "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual([
      'content/skills/testing.md:4 proficiency: expected one of "expert", "advanced", "production", "working", "learning", got "guru"',
    ]);
  });

  it("suggests the nearest level for a misspelt proficiency", () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "title: Testing", "category: practices", "proficiency: advnced", "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual([expect.stringMatching(/proficiency: expected one of .*, got "advnced"; did you mean "advanced"\?$/)]);
  });

  it('reports an unknown field (titel) with did you mean "title", alongside the title it left missing', () => {
    const dir = copyValidFixture();
    writeFile(dir, SKILL, lines("---", "titel: Testing", "category: practices", "proficiency: advanced", "summary: Tests.", "---"));
    expect(expectProblems(dir)).toEqual([
      "content/skills/testing.md:1 title: required field is missing; expected text",
      'content/skills/testing.md:2 titel: unknown field; did you mean "title"? (expected: title, slug, formerSlugs, category, proficiency, years, featured, summary, tags, aliases, related)',
    ]);
  });

  it("rejects a project url that is not a web address, and nothing else: the project still exists for references", () => {
    const dir = copyValidFixture();
    writeFile(dir, "projects/ledger-sync.md", lines("---", "title: Ledger sync", "summary: Sync.", "url: javascript:alert(1)", "---"));
    expect(expectProblems(dir)).toEqual([
      'content/projects/ledger-sync.md:4 url: expected a web address starting with https:// or http://, got "javascript:alert(1)"',
    ]);
  });
});

describe("missing and nested fields", () => {
  it("says a missing figure is missing and required, at the front matter, not that it should be text", () => {
    const dir = copyValidFixture();
    writeFile(dir, "achievements/sync-time-50.md", lines("---", 'title: "50% faster sync"', 'metric: "faster nightly sync"', "---"));
    expect(expectProblems(dir)).toEqual([
      'content/achievements/sync-time-50.md:1 figure: required field is missing; expected the figure as text, like "99.9%"',
    ]);
  });

  it("gives a nested field its own line", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      "profile.md",
      lines(
        "---", //                                line 1
        "headline: Data engineer", //            line 2
        "summary: Fictional.", //                line 3
        "links:", //                             line 4
        "  - label: Code", //                    line 5
        "    url: example.com/robin", //         line 6
        "categories:", //                        line 7
        "  - slug: practices", //                line 8
        "    title: Practices", //               line 9
        "  - slug: languages", //                line 10
        "  - slug: data", //                     line 11
        "    title: Data stores", //             line 12
        "    colour: blue", //                   line 13
        "---",
      ),
    );
    expect(expectProblems(dir)).toEqual([
      'content/profile.md:6 links[0].url: expected a web address starting with https:// or http://, got "example.com/robin"',
      "content/profile.md:10 categories[1].title: required field is missing; expected text",
      "content/profile.md:13 categories[2].colour: unknown field (expected: slug, title, description)",
    ]);
  });
});
