/** /resume.json is valid JSON Resume, built from the same records as the site, and says nothing the content does not. */

import resumeSchema from "@jsonresume/schema/schema.json" with { type: "json" };
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Content } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { en } from "@/lib/i18n/en";
import { resultLine, toJsonResume } from "@/lib/resume/json-resume";
import { buildResume } from "@/lib/resume/model";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";
import { copyValidFixture, lines, VALID_FIXTURE, writeFile } from "@/tests/unit/content/fixture";
import { careerFixture } from "./career-fixture";

const jsonResumeOf = (content: Content) => toJsonResume(buildResume(content));

function validate(document: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(resumeSchema);
  return { valid: check(document), errors: ajv.errorsText(check.errors) };
}

describe("JSON Resume", () => {
  const { content } = loadContent(VALID_FIXTURE);

  it("is valid against the JSON Resume schema, with and without work, education and certificates", () => {
    for (const each of [content, careerFixture()]) {
      const { valid, errors } = validate(jsonResumeOf(each));
      expect(errors).toBe("No errors");
      expect(valid).toBe(true);
    }
  });

  it("writes work marked volunteer as volunteer work, and only there", () => {
    const [job, other] = careerFixture().experience;
    const resume = jsonResumeOf({ ...careerFixture(), experience: [{ ...job!, volunteer: true }, other!] });
    expect(resume.volunteer.map((entry) => [entry.organization, entry.position])).toEqual([[job!.organization, job!.role]]);
    expect(resume.work.map((entry) => entry.name)).toEqual([other!.organization]);
  });

  it("gives the owner's own website as basics.url, and this site when they name none", () => {
    expect(jsonResumeOf({ ...content, profile: { ...content.profile, website: undefined } }).basics.url).toBe(absoluteUrl(routes.home));
    const own = jsonResumeOf({ ...content, profile: { ...content.profile, website: "https://jo.example/" } });
    expect(own.basics.url).toBe("https://jo.example/");
    expect(own.basics.profiles.map((profile) => profile.url)).not.toContain("https://jo.example/");
  });

  it("writes web addresses in other scripts as URIs the schema accepts", () => {
    const dir = copyValidFixture();
    writeFile(dir, "certifications/intl.md", lines("---", "title: International", "url: https://例え.jp/パス?q=ü", "---"));
    const resume = jsonResumeOf(loadContent(dir).content);
    expect(resume.certificates.map((certificate) => certificate.url)).toContain("https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9?q=%C3%BC");
    expect(validate(resume).errors).toBe("No errors");
  });

  it("carries every skill with its level, years and keywords, and every project with highlights", () => {
    const resume = jsonResumeOf(content);
    expect(resume.basics.label).toBe(content.profile.headline);
    expect(resume.skills.map((skill) => skill.name)).toEqual(content.skills.map((skill) => skill.title));
    const withYears = content.skills.find((skill) => skill.years && skill.tags.length)!;
    const entry = resume.skills.find((skill) => skill.name === withYears.title)!;
    expect(entry.level).toMatch(new RegExp(`^${en.levels[withYears.proficiency].label}, ${withYears.years!.value}\\+? years?$`));
    expect(entry.keywords).toContain(withYears.tags[0]!.label);
    expect(resume.projects).toHaveLength(content.projects.length);
    for (const project of resume.projects) expect(project.highlights.length + project.keywords.length).toBeGreaterThan(0);
  });

  it("lists every result as an award, including one that hangs on a skill and no project", () => {
    const career = careerFixture();
    const loose = career.achievements.find((achievement) => achievement.projects.length === 0);
    expect(loose, "the fixture has a result behind no project").toBeDefined();
    const awards = jsonResumeOf(career).awards;
    expect(awards.map((award) => award.title)).toEqual(career.achievements.map(resultLine));
    expect(awards.map((award) => award.title)).toContain(`${loose!.figure} ${loose!.metric}`);
  });

  it("maps work, education and certificates with their dates as written", () => {
    const career = careerFixture();
    const resume = jsonResumeOf(career);
    expect(resume.work).toEqual([
      {
        name: "Acme",
        position: "Engineer",
        location: "Berlin, Germany",
        startDate: "2021-03",
        summary: "Built the sync service.",
        highlights: ["Cut sync time in half"],
      },
      { name: "Beta Labs", startDate: "2018", endDate: "2020-12", highlights: [] },
      { name: "Undated Works", highlights: [] },
    ]);
    expect(resume.education).toEqual([{ institution: "Example University", studyType: "BSc", area: "Computing", endDate: "2018" }]);
    expect(resume.certificates).toEqual([{ name: "Example Certificate", issuer: "Example Org", date: "2022-05", url: "https://cert.example.org/123" }]);
  });

  it("leaves out what the profile does not give rather than inventing it", () => {
    const bare = { ...content, profile: { ...content.profile, name: undefined, email: undefined, location: undefined } };
    const resume = jsonResumeOf(bare);
    expect(resume.basics).not.toHaveProperty("name");
    expect(resume.basics).not.toHaveProperty("email");
    // An empty location says nothing, and keeps themes that read location.address from crashing.
    expect(resume.basics.location).toEqual({});
    const full = { ...content, profile: { ...content.profile, name: "Jo Doe", email: "jo@example.com", location: "Łódź, Poland" } };
    expect(jsonResumeOf(full).basics).toMatchObject({ name: "Jo Doe", email: "jo@example.com", location: { address: "Łódź, Poland" } });
  });

  it("names each profile link's network as the owner wrote it, with the username when there is one", () => {
    const links = [
      { label: "GitHub", url: "https://github.com/robin", username: "robin" },
      { label: "Mastodon", url: "https://hachyderm.io/@robin" },
    ];
    const resume = jsonResumeOf({ ...content, profile: { ...content.profile, links } });
    expect(resume.basics.profiles).toEqual([
      { network: "GitHub", username: "robin", url: "https://github.com/robin" },
      { network: "Mastodon", url: "https://hachyderm.io/@robin" },
    ]);
  });

  it("gives each project its organization, kind and address, or its page on this site when it has none", () => {
    const [first, second] = content.projects;
    const projects = [
      { ...first!, organization: "Acme", context: "company" as const, url: "https://acme.example/ledger" },
      { ...second!, organization: undefined, context: undefined, url: undefined },
    ];
    const resume = jsonResumeOf({ ...content, projects });
    expect(resume.projects[0]).toMatchObject({ entity: "Acme", type: "company", url: "https://acme.example/ledger" });
    expect(resume.projects[1]).not.toHaveProperty("entity");
    expect(resume.projects[1]).not.toHaveProperty("type");
    expect(resume.projects[1]!.url).toBe(absoluteUrl(routes.project(second!.slug)));
  });

  it("gives an award the result's summary when it has one", () => {
    const [first, second] = content.achievements;
    const achievements = [
      { ...first!, summary: "Measured over a month of nightly runs." },
      { ...second!, summary: undefined },
    ];
    const result = ({ figure, metric }: { figure: string; metric: string }) => ({ figure, metric });
    expect(jsonResumeOf({ ...content, achievements }).awards).toEqual([
      { title: resultLine(first!), summary: "Measured over a month of nightly runs.", result: result(first!) },
      { title: resultLine(second!), result: result(second!) },
    ]);
  });

  it("names its own address and the schema version it follows", () => {
    expect(jsonResumeOf(content).meta).toEqual({ canonical: absoluteUrl(routes.resumeJson), version: "v1.0.0" });
  });

  it("rejects what the schema forbids, so the checks above can fail", () => {
    expect(validate({ basics: { email: "not an address" } }).valid).toBe(false);
    expect(validate({ work: [{ name: "Acme", startDate: "2021-3" }] }).valid).toBe(false);
  });
});
