/** `npm run new`: a complete, explained file that never overwrites the owner's work. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KIND_NAMES } from "@/lib/content/kinds";
import { loadContent } from "@/lib/content/load";
import { copyValidFixture, expectProblems } from "@/tests/unit/content/fixture";
import { runNpm } from "./run";

// Each test starts npm, and so Node and tsx, several times.
describe("npm run new", () => {
  it("writes a skill with a safe slug and every field present", () => {
    const dir = copyValidFixture();
    const { status, stdout } = runNpm(["new", "--", "skill", "Apache Kafka"], dir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/skills\/apache-kafka\.md/);
    const text = fs.readFileSync(path.join(dir, "skills/apache-kafka.md"), "utf8");
    for (const field of ["title", "category", "proficiency", "years", "featured", "summary", "tags", "aliases", "related", "formerSlugs"]) {
      expect(text, field).toMatch(new RegExp(`^(# )?${field}:`, "m"));
    }
    expect(text).toMatch(/^title: "Apache Kafka"$/m);
  });

  it("refuses to overwrite an existing file", () => {
    const dir = copyValidFixture();
    const file = path.join(dir, "projects/apache-kafka.md");
    fs.writeFileSync(file, "the owner's own words");
    const { status, stderr } = runNpm(["new", "--", "project", "Apache Kafka"], dir);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/apache-kafka\.md already exists; nothing was written/);
    expect(fs.readFileSync(file, "utf8")).toBe("the owner's own words");
  });

  it("makes a URL-safe slug from any title", () => {
    const dir = copyValidFixture();
    expect(runNpm(["new", "--", "achievement", "Straße in Łódź: 2× faster!"], dir).status).toBe(0);
    expect(fs.existsSync(path.join(dir, "achievements/strasse-in-lodz-2-faster.md"))).toBe(true);
  });

  it("is flagged by check until the placeholders are replaced, then loads", () => {
    const dir = copyValidFixture();
    for (const [kind, title] of [
      ["skill", "Apache Kafka"],
      ["project", "Data lake"],
      ["achievement", "Faster builds"],
    ]) {
      expect(runNpm(["new", "--", kind!, title!], dir).status).toBe(0);
    }
    const problems = expectProblems(dir);
    expect(problems.join("\n")).toMatch(/skills\/apache-kafka\.md:\d+ summary: still holds the placeholder "TODO:"/);
    expect(problems.join("\n")).toMatch(/achievements\/faster-builds\.md:\d+ figure: still holds the placeholder/);

    for (const file of ["skills/apache-kafka.md", "projects/data-lake.md", "achievements/faster-builds.md"]) {
      const target = path.join(dir, file);
      fs.writeFileSync(target, fs.readFileSync(target, "utf8").replaceAll("TODO:", "Filled in:"));
    }
    const { content } = loadContent(dir);
    expect(content.skills.map((skill) => skill.slug)).toContain("apache-kafka");
  });

  it("explains how to call it when the kind is unknown", () => {
    const { status, stderr } = runNpm(["new", "--", "hobby", "Chess"], copyValidFixture());
    expect(status).not.toBe(0);
    expect(stderr).toContain(`usage: npm run new -- <${KIND_NAMES.join("|")}> "Title"`);
  });
});
