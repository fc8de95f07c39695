/** Advice that `npm run check` prints on valid content: each rule names the file, the line and what a recruiter would miss. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Advice, contentAdvice, formatAdvice } from "@/lib/content/advice";
import { loadContent } from "@/lib/content/load";
import { copyValidFixture, readFile, writeFile } from "./fixture";

function adviceFor(dir: string): string[] {
  const shown = (advice: Advice) => formatAdvice({ ...advice, file: path.relative(path.dirname(dir), path.resolve(advice.file)) });
  return contentAdvice(loadContent(dir).content, dir).map(shown);
}

describe("content advice", () => {
  it("has none for a site whose skills are proven, summarised and featured", () => {
    expect(adviceFor(copyValidFixture()).filter((line) => !line.includes("content/skills/go.md") && !line.includes("content/skills/testing.md"))).toEqual([]);
  });

  /** The advice for the valid fixture with the Go skill's summary rewritten. */
  const withGoSummary = (summary: string) => {
    const dir = copyValidFixture();
    writeFile(dir, "skills/go.md", readFile(dir, "skills/go.md").replace('summary: "Command-line tools and small network services."', `summary: "${summary}"`));
    return adviceFor(dir);
  };

  it("points at a summary that only restates the level, title and tags", () => {
    expect(withGoSummary("Working: Go, concurrency, CLI tools.")).toContain(
      "advice: content/skills/go.md:6 summary: only restates the level, title and tags; a recruiter learns nothing new from it. Say what you built or ran with it, and at what scale.",
    );
  });

  it("points at a summary an import wrote from the level, years and category, which the page shows anyway", () => {
    expect(
      withGoSummary("Working, 2 years, in Languages.").filter((line) => line.startsWith("advice: content/skills/go.md:6 summary: only restates")),
    ).toHaveLength(1);
  });

  it("points at a summary that only names the skills listed beside it, as an import words a group's own skill", () => {
    const restates = (summary: string) => withGoSummary(summary).filter((line) => line.startsWith("advice: content/skills/go.md:6 summary: only restates"));
    expect(restates("Working, with Kotlin.")).toHaveLength(1);
    expect(restates("Working, with Kotlin, on a payments gateway.")).toHaveLength(0);
  });

  it("points at a practised skill nothing proves, but not at one being learned", () => {
    const dir = copyValidFixture();
    const unproven = adviceFor(dir).filter((line) => line.includes("no project, result, job, article, publication or talk names this skill"));
    expect(unproven.length).toBeGreaterThan(0);
    for (const line of unproven) expect(line).toMatch(/^advice: content\/skills\/[\w-]+\.md: /);
    writeFile(dir, "skills/go.md", readFile(dir, "skills/go.md").replace("proficiency: working", "proficiency: learning"));
    expect(adviceFor(dir).some((line) => line.startsWith("advice: content/skills/go.md: no project"))).toBe(false);
  });

  it("counts a talk, an article or a publication as proof of a skill", () => {
    const dir = copyValidFixture();
    const unproven = (skill: string) => adviceFor(dir).some((line) => line.startsWith(`advice: content/skills/${skill}.md: no project`));
    expect(unproven("testing")).toBe(true);
    writeFile(
      dir,
      "talks/testing-talk.md",
      '---\ntitle: "Tests that last"\nevent: "TestCon EU"\nsummary: "What makes a test suite worth waiting for."\nskills: [testing]\n---\n',
    );
    expect(unproven("testing")).toBe(false);
  });

  it("points at a result without a number, and at an alternative text that describes nothing", () => {
    const dir = copyValidFixture();
    writeFile(dir, "achievements/offline-100.md", readFile(dir, "achievements/offline-100.md").replace('figure: "100%"', 'figure: "Best Mobile App"'));
    expect(adviceFor(dir)).toContain(
      'advice: content/achievements/offline-100.md:3 figure: "Best Mobile App" has no number; a result is read as a measurement. Give its number (users, time, money, share) if there is one.',
    );
  });

  it("points at a site with no featured skill", () => {
    const dir = copyValidFixture();
    for (const file of ["go", "kotlin", "sqlite", "testing"])
      writeFile(dir, `skills/${file}.md`, readFile(dir, `skills/${file}.md`).replace(/^featured: true\n/m, ""));
    expect(adviceFor(dir).filter((line) => line.startsWith("advice: content/profile.md"))).toEqual([
      "advice: content/profile.md: no skill is marked `featured: true`, so home picks your strongest by level and years. Mark the few a recruiter should see first.",
    ]);
  });

  it("points at a locale whose language the interface does not speak, and not at one it does", () => {
    const withLocale = (locale: string) => {
      const dir = copyValidFixture();
      writeFile(dir, "profile.md", readFile(dir, "profile.md").replace(/^categories:/m, `locale: ${locale}\ncategories:`));
      return adviceFor(dir).filter((line) => line.startsWith("advice: content/profile.md"));
    };
    expect(withLocale("pl_PL")).toEqual([
      expect.stringMatching(/^advice: content\/profile\.md:\d+ locale: the interface has no messages in "pl" yet.*lib\/i18n\/pl\.ts/),
    ]);
    expect(withLocale("de_AT")).toEqual([]);
  });
});
