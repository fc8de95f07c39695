/** `npm run import`: a JSON Resume becomes content that builds, never over the owner's files, with what it left out said. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sample from "@jsonresume/schema/sample.resume.json" with { type: "json" };
import { describe, expect, it, onTestFinished } from "vitest";
import { loadContent } from "@/lib/content/load";
import { importJsonResume } from "@/lib/import/json-resume";
import { toJsonResume } from "@/lib/resume/json-resume";
import { copyValidFixture, hashTree, VALID_FIXTURE } from "@/tests/unit/content/fixture";
import { runNpm } from "@/tests/unit/scripts/run";

function emptyFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, "content");
}

function writeAll(dir: string, files: Map<string, string>) {
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

describe("importJsonResume", () => {
  it("turns the schema's sample résumé into content that passes every check", () => {
    const { files, notes } = importJsonResume(sample);
    const dir = emptyFolder();
    writeAll(dir, files);
    const { content } = loadContent(dir);
    expect(content.profile).toMatchObject({
      name: sample.basics.name,
      headline: sample.basics.label,
      email: sample.basics.email,
      location: "San Francisco, California, US",
    });
    expect(content.experience.map((work) => work.organization)).toEqual(sample.work.map((work) => work.name));
    expect(content.experience[0]).toMatchObject({ role: sample.work[0]!.position, start: { iso: "2013-12" }, end: { iso: "2014-12" } });
    expect(content.education.map((study) => study.institution)).toEqual(sample.education.map((study) => study.institution));
    expect(content.skills.map((skill) => skill.title).sort()).toEqual(sample.skills.map((skill) => skill.name).sort());
    expect(content.skills.every((skill) => skill.proficiency === "expert")).toBe(true); // "Master"
    expect(content.projects[0]!.skills.map((skill) => skill.title)).toEqual(["Web Development"]); // through its keyword "Javascript"
    // An award without a number is an honour, never a figure; it keeps its awarder and date.
    expect(content.achievements).toEqual([]);
    expect(content.honours.map((honour) => ({ title: honour.title, awarder: honour.awarder, date: honour.date?.iso, summary: honour.summary }))).toEqual([
      { title: "Digital Compression Pioneer Award", awarder: "Techcrunch", date: "2014-11", summary: "There is no spoon." },
    ]);
    expect(notes.join("\n")).toMatch(/volunteer: 1 entry not kept/);
    expect(notes.join("\n")).toMatch(/phone number is not kept/);
  });

  it("round-trips this site's own JSON Resume into content that builds, keeping levels, years and results", () => {
    const original = loadContent(VALID_FIXTURE).content;
    const dir = emptyFolder();
    writeAll(dir, importJsonResume(JSON.parse(JSON.stringify(toJsonResume(original)))).files);
    const { content } = loadContent(dir);
    expect(content.profile.headline).toBe(original.profile.headline);
    for (const skill of original.skills) {
      const imported = content.skills.find((each) => each.title === skill.title)!;
      expect(imported.proficiency, skill.title).toBe(skill.proficiency);
      expect(imported.years, skill.title).toEqual(skill.years);
    }
    expect(content.achievements.map((result) => result.figure).sort()).toEqual(original.achievements.map((result) => result.figure).sort());
  });

  it("maps levels written in words, and says which it could not", () => {
    const { files, notes } = importJsonResume({
      basics: { label: "Engineer", summary: "Builds." },
      skills: [
        { name: "Go", level: "Intermediate" },
        { name: "Zig", level: "Curious" },
      ],
    });
    expect(files.get("skills/go.md")).toMatch(/^proficiency: working$/m);
    expect(notes).toContain('skills/zig.md: level "Curious" is not one this site knows; set to "working"');
  });

  it("writes placeholders the check flags, rather than inventing a headline", () => {
    const dir = emptyFolder();
    writeAll(dir, importJsonResume({ work: [{ name: "Acme" }] }).files);
    expect(() => loadContent(dir)).toThrow(/headline: still holds the placeholder "TODO:"/);
  });
});

describe("npm run import", { timeout: 30_000 }, () => {
  it("refuses to overwrite, lists the conflicts and writes nothing", () => {
    const dir = copyValidFixture();
    const before = hashTree(dir);
    const { status, stderr } = runNpm(["import", "--", "node_modules/@jsonresume/schema/sample.resume.json"], dir);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/Nothing was written: these files already exist/);
    expect(stderr).toMatch(/content\/profile\.md/);
    expect(hashTree(dir)).toEqual(before);
  });

  it("writes into an empty folder, says what it left out, and checks the result", () => {
    const dir = emptyFolder();
    const { status, stdout } = runNpm(["import", "--", "node_modules/@jsonresume/schema/sample.resume.json"], dir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/What could not be mapped as it was:\n- /);
    expect(stdout).toMatch(/files OK: the imported content builds/);
  });
});

describe("awards", () => {
  const imported = (awards: unknown[]) => {
    const dir = emptyFolder();
    writeAll(dir, importJsonResume({ basics: { label: "Engineer", summary: "Builds things." }, skills: [{ name: "Go" }], awards }).files);
    return loadContent(dir).content;
  };

  it("keep a result this site exported whole, even one whose figure is no number", () => {
    const content = imported([{ title: "Top 1 ranking", result: { figure: "Top 1", metric: "ranking" } }]);
    expect(content.achievements.map(({ figure, metric }) => ({ figure, metric }))).toEqual([{ figure: "Top 1", metric: "ranking" }]);
    expect(content.honours).toEqual([]);
  });

  it("read a number-led award as a result and any other as an honour", () => {
    const content = imported([{ title: "99.9% uptime" }, { title: "Best App", awarder: "Example Awards", date: "2024-05-02" }]);
    expect(content.achievements.map(({ figure, metric }) => ({ figure, metric }))).toEqual([{ figure: "99.9%", metric: "uptime" }]);
    expect(content.honours.map(({ title, awarder, date }) => ({ title, awarder, date: date?.iso }))).toEqual([
      { title: "Best App", awarder: "Example Awards", date: "2024-05" },
    ]);
  });
});
