/** /resume.json is valid JSON Resume, built from the same records as the site. */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import resumeSchema from "@jsonresume/schema/schema.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { toJsonResume } from "@/lib/resume/json-resume";
import { VALID_FIXTURE } from "../content/fixture";

function validate(document: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(resumeSchema);
  return { valid: check(document), errors: ajv.errorsText(check.errors) };
}

describe("JSON Resume", () => {
  for (const [name, folder] of [["the owner's content", "content"], ["the fixture content", VALID_FIXTURE]] as const) {
    it(`is valid against the JSON Resume schema for ${name}`, () => {
      const resume = toJsonResume(loadContent(folder).content);
      const { valid, errors } = validate(resume);
      expect(errors).toBe("No errors");
      expect(valid).toBe(true);
    });
  }

  it("carries every skill with its level and keywords, and every project with highlights", () => {
    const { content } = loadContent("content");
    const resume = toJsonResume(content);
    expect(resume.basics.label).toBe(content.profile.headline);
    expect(resume.skills.map((skill) => skill.name)).toEqual(content.skills.map((skill) => skill.title));
    const python = resume.skills.find((skill) => skill.name === "Python")!;
    expect(python.level).toBe("Advanced, 5+ years");
    expect(python.keywords).toContain("NumPy");
    expect(resume.projects).toHaveLength(content.projects.length);
    for (const project of resume.projects) expect(project.highlights.length + project.keywords.length).toBeGreaterThan(0);
  });

  it("leaves out what the profile does not give rather than inventing it", () => {
    const { content } = loadContent("content");
    const resume = toJsonResume(content);
    expect(resume.basics).not.toHaveProperty("name");
    expect(resume.basics).not.toHaveProperty("email");
  });

  it("rejects what the schema forbids, so the check above can fail", () => {
    expect(validate({ basics: { email: "not an address" } }).valid).toBe(false);
  });
});
