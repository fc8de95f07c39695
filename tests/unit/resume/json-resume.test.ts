/** /resume.json is valid JSON Resume, built from the same records as the site. */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import resumeSchema from "@jsonresume/schema/schema.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { PROFICIENCY } from "@/lib/content/proficiency";
import { toJsonResume } from "@/lib/resume/json-resume";
import { VALID_FIXTURE } from "../content/fixture";

function validate(document: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(resumeSchema);
  return { valid: check(document), errors: ajv.errorsText(check.errors) };
}

describe("JSON Resume", () => {
  const { content } = loadContent(VALID_FIXTURE);

  it("is valid against the JSON Resume schema", () => {
    const { valid, errors } = validate(toJsonResume(content));
    expect(errors).toBe("No errors");
    expect(valid).toBe(true);
  });

  it("carries every skill with its level, years and keywords, and every project with highlights", () => {
    const resume = toJsonResume(content);
    expect(resume.basics.label).toBe(content.profile.headline);
    expect(resume.skills.map((skill) => skill.name)).toEqual(content.skills.map((skill) => skill.title));
    const withYears = content.skills.find((skill) => skill.years && skill.tags.length)!;
    const entry = resume.skills.find((skill) => skill.name === withYears.title)!;
    expect(entry.level).toMatch(new RegExp(`^${PROFICIENCY[withYears.proficiency].label}, ${withYears.years!.value}\\+? years?$`));
    expect(entry.keywords).toContain(withYears.tags[0]!.label);
    expect(resume.projects).toHaveLength(content.projects.length);
    for (const project of resume.projects) expect(project.highlights.length + project.keywords.length).toBeGreaterThan(0);
  });

  it("leaves out what the profile does not give rather than inventing it", () => {
    const bare = { ...content, profile: { ...content.profile, name: undefined, email: undefined } };
    const resume = toJsonResume(bare);
    expect(resume.basics).not.toHaveProperty("name");
    expect(resume.basics).not.toHaveProperty("email");
    expect(toJsonResume(content).basics).toMatchObject({ name: content.profile.name, email: content.profile.email });
  });

  it("rejects what the schema forbids, so the check above can fail", () => {
    expect(validate({ basics: { email: "not an address" } }).valid).toBe(false);
  });
});
