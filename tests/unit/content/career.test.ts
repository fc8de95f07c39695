/** Work, education and certificates: validated dates, links both ways, and the order a résumé reads. */
import { describe, expect, it } from "vitest";
import { copyValidFixture, expectLoads, expectProblems, lines, writeFile } from "./fixture";

function writeExperience(dir: string, name: string, ...fields: string[]) {
  writeFile(dir, `experience/${name}.md`, lines("---", ...fields, "---", "What the work was."));
}

describe("experience dates", () => {
  it("rejects a month that does not exist, naming the file, line and field", () => {
    const dir = copyValidFixture();
    writeExperience(dir, "acme", "organization: Acme", 'start: "2021-13"');
    expect(expectProblems(dir)).toEqual([
      'content/experience/acme.md:3 start: expected a year, a year and month, or a day, like 2021, "2021-03" or 2021-03-15, got "2021-13"',
    ]);
  });

  it("rejects an end before the start, to the day", () => {
    const dir = copyValidFixture();
    writeExperience(dir, "acme", "organization: Acme", 'start: "2021-03"', "end: 2020");
    expect(expectProblems(dir)).toEqual(['content/experience/acme.md:4 end: expected an end no earlier than the start (2021-03), got "2020"']);
    writeExperience(dir, "acme", "organization: Acme", "start: 2021-03-15", "end: 2021-03-14");
    expect(expectProblems(dir)).toEqual(['content/experience/acme.md:4 end: expected an end no earlier than the start (2021-03-15), got "2021-03-14"']);
  });

  it("keeps a day as written, quoted or not", () => {
    const dir = copyValidFixture();
    writeExperience(dir, "acme", "organization: Acme", "start: 2021-03-15", 'end: "2024-02-29"');
    const acme = expectLoads(dir).content.experience.find((entry) => entry.organization === "Acme");
    expect([acme?.start, acme?.end]).toEqual([
      { year: 2021, month: 3, day: 15, iso: "2021-03-15" },
      { year: 2024, month: 2, day: 29, iso: "2024-02-29" },
    ]);
  });

  it("rejects a day the calendar does not have, unquoted too, rather than moving it", () => {
    const dir = copyValidFixture();
    for (const written of ["2021-02-29", '"2021-04-31"']) {
      writeExperience(dir, "acme", "organization: Acme", `start: ${written}`);
      expect(expectProblems(dir)).toEqual([
        expect.stringMatching(new RegExp(`^content/experience/acme\\.md:3 start: expected a year, .* got "${written.replaceAll('"', "")}"$`)),
      ]);
    }
  });

  it("says a missing organization is missing, and checks what it names", () => {
    const dir = copyValidFixture();
    writeExperience(dir, "acme", "role: Engineer", "skills: [kotln]");
    expect(expectProblems(dir)).toEqual(["content/experience/acme.md:1 organization: required field is missing; expected text"]);
    writeExperience(dir, "acme", "organization: Acme", "skills: [kotln]");
    expect(expectProblems(dir)).toEqual([
      expect.stringMatching(/^content\/experience\/acme\.md:3 skills\[0\]: no skill "kotln" exists .*did you mean "kotlin"\?$/),
    ]);
  });
});

describe("career records", () => {
  it("link to the skills and projects they name, and back", () => {
    const dir = copyValidFixture();
    writeExperience(dir, "acme", "organization: Acme", "role: Engineer", "start: 2020", "skills: [kotlin]", "projects: [ledger-sync]");
    writeFile(dir, "education/uni.md", lines("---", "institution: Example University", "degree: BSc", "area: Computing", "end: 2019", "skills: [go]", "---"));
    writeFile(dir, "certifications/cert.md", lines("---", "title: Example Certificate", "issuer: Example Org", 'date: "2022-05"', "skills: [kotlin]", "---"));
    const { content } = expectLoads(dir);
    const [acme] = content.experience;
    expect(acme).toMatchObject({ organization: "Acme", role: "Engineer", current: true, start: { year: 2020, iso: "2020" } });
    expect(acme!.skills.map((skill) => skill.slug)).toEqual(["kotlin"]);
    const kotlin = content.skills.find((skill) => skill.slug === "kotlin")!;
    expect(kotlin.experience).toEqual([acme]);
    expect(kotlin.certifications.map((each) => each.title)).toEqual(["Example Certificate"]);
    expect(content.projects.find((project) => project.slug === "ledger-sync")!.experience).toEqual([acme]);
    expect(content.skills.find((skill) => skill.slug === "go")!.education.map((each) => each.institution)).toEqual(["Example University"]);
  });

  it("read most recent first, current work on top, undated entries last in file order", () => {
    const dir = copyValidFixture();
    writeExperience(dir, "a-undated", "organization: Undated A");
    writeExperience(dir, "b-old", "organization: Old", "start: 2015", "end: 2017");
    writeExperience(dir, "c-current", "organization: Current", "start: 2022");
    writeExperience(dir, "d-recent", "organization: Recent", 'start: "2018-01"', 'end: "2021-12"');
    writeExperience(dir, "e-undated", "organization: Undated B");
    const { content } = expectLoads(dir);
    expect(content.experience.map((each) => each.organization)).toEqual(["Current", "Recent", "Old", "Undated A", "Undated B"]);
    expect(content.experience.map((each) => each.current)).toEqual([true, false, false, false, false]);
  });

  it("are optional: a site without the folders has none", () => {
    const { content } = expectLoads(copyValidFixture());
    expect([content.experience, content.education, content.certifications]).toEqual([[], [], []]);
  });
});
