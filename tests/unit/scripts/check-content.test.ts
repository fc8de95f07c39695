/** `npm run check` and the start of `npm run build`, as the owner meets them. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyValidFixture, hashTree, lines, writeFile } from "@/tests/unit/content/fixture";
import { linkedProject, runNpm } from "./run";

function breakTwoFiles(dir: string): void {
  writeFile(dir, "skills/broken.md", lines("---", "title: Broken", "category: languages", "proficiency: working", "years: lots", "summary: x", "---"));
  writeFile(dir, "projects/empty.md", "");
}

describe("npm run check", () => {
  it("says how many files are fine and exits 0", () => {
    const { status, stdout } = runNpm(["check"], copyValidFixture());
    expect(status).toBe(0);
    // Advice (lib/content/advice.ts) may come first; it never fails the check.
    expect(stdout.trim().split("\n").at(-1)).toMatch(/^\d+ files OK \(\d+ ms\)$/);
  });

  it("prints every problem on a line of its own, exits non-zero, and shows no stack trace", () => {
    const dir = copyValidFixture();
    breakTwoFiles(dir);
    const { status, stderr } = runNpm(["check"], dir);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/skills\/broken\.md:5 years: expected a number or "N\+", like 3 or "2\+", got "lots"/);
    expect(stderr).toMatch(/projects\/empty\.md file is empty/);
    expect(stderr).toMatch(/2 problems to fix/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe("npm run build with broken content", () => {
  it("stops with the same messages, leaves every content file byte-for-byte unchanged, and no stale out/ to deploy", () => {
    const dir = copyValidFixture();
    breakTwoFiles(dir);
    const before = hashTree(dir);
    const project = linkedProject();
    const out = path.join(project, "out");
    // A previous build's export, which a failed build must not leave behind.
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "index.html"), "an earlier build");
    const { status, stderr } = runNpm(["build"], dir, project);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/skills\/broken\.md:5 years: expected a number/);
    expect(stderr).toMatch(/Build failed at the content check\. out\/ was removed, so nothing stale can be deployed/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(out)).toBe(false);
    expect(hashTree(dir)).toEqual(before);
  });
});
