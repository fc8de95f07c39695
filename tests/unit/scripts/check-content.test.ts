/** `npm run check` and the start of `npm run build`, as the owner meets them. */
import { describe, expect, it } from "vitest";
import { copyValidFixture, hashTree, lines, writeFile } from "../content/fixture";
import { runNpm } from "./run";

function breakTwoFiles(dir: string): void {
  writeFile(dir, "skills/broken.md", lines("---", "title: Broken", "category: languages", "proficiency: working", "years: lots", "summary: x", "---"));
  writeFile(dir, "projects/empty.md", "");
}

describe("npm run check", () => {
  it("says how many files are fine and exits 0", () => {
    const { status, stdout } = runNpm(["check"], copyValidFixture());
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+ files OK \(\d+ ms\)$/);
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
  it("stops with the same messages and leaves every content file byte-for-byte unchanged", () => {
    const dir = copyValidFixture();
    breakTwoFiles(dir);
    const before = hashTree(dir);
    const { status, stderr } = runNpm(["build"], dir);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/skills\/broken\.md:5 years: expected a number/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(dir)).toEqual(before);
  });
});
