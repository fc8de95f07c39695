/** Problems with files as files: names, encodings, sizes, layout; and that loading never writes. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError } from "@/lib/content/problems";
import { MAX_FILE_BYTES } from "@/lib/content/source";
import { copyValidFixture, expectLoads, expectProblems, hashTree, lines, markdownFiles, plainRecords, readFile, writeFile } from "./fixture";

const SKILL_TEXT = lines("---", "title: My skill", "category: practices", "proficiency: working", "summary: Mine.", "---", "Body.");

describe("file names", () => {
  it("says a file name with spaces and capitals is not a safe URL slug and suggests a safe one", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/My Skill.md", SKILL_TEXT);
    expect(expectProblems(dir)).toEqual([
      'content/skills/My Skill.md file name "My Skill" is not a safe URL slug; expected lowercase letters, digits and hyphens, like "my-skill.md" (or set slug: in the front matter)',
    ]);
  });

  it("suggests an ASCII name for a file name with accents", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/Café.md", SKILL_TEXT);
    expect(expectProblems(dir)).toEqual([
      expect.stringContaining('file name "Café" is not a safe URL slug; expected lowercase letters, digits and hyphens, like "cafe.md"'),
    ]);
  });

  it("accepts an unsafe file name when slug: gives a safe one", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/My Skill.md", SKILL_TEXT.replace("title: My skill", "title: My skill\nslug: my-skill"));
    expect(expectLoads(dir).content.skills.map((skill) => skill.slug)).toContain("my-skill");
  });
});

describe("unreadable files", () => {
  it("reports an empty file", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/testing.md", "");
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md file is empty; expected front matter between --- lines, then the text"]);
  });

  it("reports a file of only whitespace as empty", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/testing.md", "\n  \n\t\n");
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md file is empty; expected front matter between --- lines, then the text"]);
  });

  it("reports a file that is not UTF-8", () => {
    const dir = copyValidFixture();
    // "---\n" then 0xC3 0x28: a two-byte UTF-8 lead byte followed by a byte that cannot continue it.
    writeFile(dir, "skills/testing.md", Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md is not UTF-8 text; save it with UTF-8 encoding"]);
  });

  it("reports a UTF-16 file (with its byte-order mark) as not UTF-8", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/testing.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SKILL_TEXT, "utf16le")]));
    expect(expectProblems(dir)).toEqual(["content/skills/testing.md is not UTF-8 text; save it with UTF-8 encoding"]);
  });

  it("reports a file larger than MAX_FILE_BYTES, giving the limit", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/testing.md", SKILL_TEXT + "x".repeat(MAX_FILE_BYTES));
    const limit = `${MAX_FILE_BYTES / 1024} KB`;
    expect(expectProblems(dir)).toEqual([
      expect.stringMatching(new RegExp(`^content/skills/testing\\.md file is \\d+ KB; the limit is ${limit} per content file$`)),
    ]);
  });

  it("accepts a file of exactly MAX_FILE_BYTES", () => {
    const dir = copyValidFixture();
    const text = SKILL_TEXT + "x".repeat(MAX_FILE_BYTES - Buffer.byteLength(SKILL_TEXT));
    expect(Buffer.byteLength(text)).toBe(MAX_FILE_BYTES);
    writeFile(dir, "skills/testing.md", text);
    expect(expectLoads(dir).content.skills.map((skill) => skill.slug)).toContain("testing");
  });
});

describe("content layout", () => {
  it("ignores a .txt file in content/skills with a warning, and still loads", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/redis.txt", "title: Redis\n");
    const loaded = expectLoads(dir);
    expect(loaded.shownWarnings).toEqual(["warning: content/skills/redis.txt ignored: not a markdown file; rename it to .md to include it"]);
    expect(loaded.content.skills.map((skill) => skill.slug)).not.toContain("redis");
  });

  it("skips hidden files silently", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/.DS_Store", Buffer.from([0, 1, 2, 3]));
    writeFile(dir, "skills/.go.md.swp", "junk");
    expect(expectLoads(dir).shownWarnings).toEqual([]);
  });

  it("reads files in subdirectories of a kind's folder", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/more/rust.md", SKILL_TEXT.replace("My skill", "Rust"));
    expect(expectLoads(dir).content.skills.map((skill) => skill.slug)).toContain("rust");
  });

  it("does not drop a symlinked markdown file without a word", () => {
    const dir = copyValidFixture();
    const outside = path.join(path.dirname(dir), "testing.md");
    fs.renameSync(path.join(dir, "skills/testing.md"), outside);
    fs.symlinkSync(outside, path.join(dir, "skills/testing.md"));
    const loaded = expectLoads(dir);
    const included = loaded.content.skills.some((skill) => skill.slug === "testing");
    const warned = loaded.shownWarnings.some((warning) => warning.includes("content/skills/testing.md"));
    expect(included || warned, "the symlinked skill is neither loaded nor warned about").toBe(true);
  });

  it("reports a missing profile.md by its path under content", () => {
    const dir = copyValidFixture();
    fs.rmSync(path.join(dir, "profile.md"));
    expect(expectProblems(dir)).toEqual(["content/profile.md file is missing; expected the profile with headline, summary and categories"]);
  });

  it("reports a profile.md that is a directory as a content problem, not a raw file system error", () => {
    const dir = copyValidFixture();
    fs.rmSync(path.join(dir, "profile.md"));
    fs.mkdirSync(path.join(dir, "profile.md"));
    expect(expectProblems(dir)).toEqual([expect.stringMatching(/^content\/profile\.md /)]);
  });
});

describe("line endings and byte-order marks", () => {
  it("loads Windows (CRLF) line endings to the same records as LF", () => {
    const lf = copyValidFixture();
    const crlf = copyValidFixture();
    for (const rel of markdownFiles(crlf)) writeFile(crlf, rel, readFile(crlf, rel).replace(/\n/g, "\r\n"));
    expect(readFile(crlf, "skills/go.md")).toContain("\r\n");
    expect(plainRecords(expectLoads(crlf).content)).toEqual(plainRecords(expectLoads(lf).content));
  });

  it("loads files starting with a UTF-8 byte-order mark to the same records as without", () => {
    const plain = copyValidFixture();
    const bom = copyValidFixture();
    for (const rel of markdownFiles(bom)) writeFile(bom, rel, `\uFEFF${readFile(bom, rel)}`);
    expect(fs.readFileSync(path.join(bom, "skills/go.md")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(plainRecords(expectLoads(bom).content)).toEqual(plainRecords(expectLoads(plain).content));
  });

  it("reports the same line for a problem in a CRLF file as in an LF file", () => {
    const dir = copyValidFixture();
    const text = lines("---", "title: Testing", "category: practices", "proficiency: advanced", "years: lots", "summary: Tests.", "---");
    writeFile(dir, "skills/testing.md", `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    expect(expectProblems(dir)).toEqual(['content/skills/testing.md:5 years: expected a number or "N+", like 3 or "2+", got "lots"']);
  });
});

describe("reporting", () => {
  it("reports every problem from every file in one ContentError", () => {
    const dir = copyValidFixture();
    writeFile(
      dir,
      "skills/testing.md",
      lines("---", "title: Testing", "category: practices", "proficiency: advanced", "years: lots", "summary: Tests.", "---"),
    );
    writeFile(dir, "achievements/sync-time-50.md", lines("---", 'title: "50%"', 'figure: "50%"', "metric: faster", "projects: [ledger-synk]", "---"));
    writeFile(dir, "projects/Trail Map 2.md", lines("---", "title: Trail map 2", "summary: Again.", "---"));

    let error: unknown;
    try {
      loadContent(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.filter((problem) => problem.severity === "error").length).toBeGreaterThanOrEqual(3);
    expect(expectProblems(dir)).toEqual([
      'content/skills/testing.md:5 years: expected a number or "N+", like 3 or "2+", got "lots"',
      'content/projects/Trail Map 2.md file name "Trail Map 2" is not a safe URL slug; expected lowercase letters, digits and hyphens, like "trail-map-2.md" (or set slug: in the front matter)',
      'content/achievements/sync-time-50.md:5 projects[0]: no project "ledger-synk" exists (expected one of: ledger-sync, trail-map); did you mean "ledger-sync"?',
    ]);
    expect((error as ContentError).message).toMatch(/^3 problems in content:\n/);
  });
});

describe("content is never modified", () => {
  it("leaves every file byte-for-byte unchanged after a failed load", () => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/testing.md", `\uFEFF${lines("---", "titel: Testing", "years: lots", "---").replace(/\n/g, "\r\n")}`);
    writeFile(dir, "skills/go.md", lines("---", "title: [unclosed", "---"));
    writeFile(dir, "skills/bad.md", Buffer.from([0xc3, 0x28]));
    writeFile(dir, "skills/notes.txt", "notes");
    writeFile(dir, "projects/Bad Name.md", lines("---", "title: Bad", "summary: Bad.", "---"));
    const before = hashTree(dir);

    expectProblems(dir);

    expect(hashTree(dir)).toEqual(before);
  });

  it("leaves every file byte-for-byte unchanged after a successful load", () => {
    const dir = copyValidFixture();
    for (const rel of markdownFiles(dir)) writeFile(dir, rel, `\uFEFF${readFile(dir, rel).replace(/\n/g, "\r\n")}`);
    const before = hashTree(dir);

    expectLoads(dir);

    expect(hashTree(dir)).toEqual(before);
  });
});
