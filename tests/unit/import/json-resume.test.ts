/** A JSON Resume becomes content that builds, with what it left out said. `npm run import` itself: tests/unit/scripts/import-resume.test.ts. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sample from "@jsonresume/schema/sample.resume.json" with { type: "json" };
import { describe, expect, it, onTestFinished } from "vitest";
import { loadContent } from "@/lib/content/load";
import { importJsonResume } from "@/lib/import/json-resume";
import { toJsonResume } from "@/lib/resume/json-resume";
import { VALID_FIXTURE } from "@/tests/unit/content/fixture";

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
    expect(content.achievements.map((result) => result.title)).toEqual(sample.awards.map((award) => award.title));
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
