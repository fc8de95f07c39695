/** `npm run start-fresh`: a new owner's first step keeps the example content and leaves a site that builds. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { copyValidFixture, hashTree } from "@/tests/unit/content/fixture";
import { runNpm } from "./run";

describe("npm run start-fresh", () => {
  it("moves the example content aside untouched and writes a skeleton that passes the checks", () => {
    const dir = copyValidFixture();
    const before = hashTree(dir);
    const { status, stdout } = runNpm(["start-fresh"], dir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Moved the example content to .*content\.example\//);
    expect(hashTree(`${dir}.example`)).toEqual(before);
    const { content, warnings } = loadContent(dir);
    expect(warnings).toEqual([]);
    expect(content.skills).toHaveLength(1);
    expect(content.profile.name).toBeUndefined();
    expect(runNpm(["check"], dir).status).toBe(0);
  });

  it("refuses, and changes nothing, when the place for the examples is taken", () => {
    const dir = copyValidFixture();
    fs.mkdirSync(`${dir}.example`);
    fs.writeFileSync(path.join(`${dir}.example`, "notes.md"), "the owner's own notes");
    const before = hashTree(dir);
    const { status, stderr } = runNpm(["start-fresh"], dir);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/content\.example already exists; nothing was moved or written/);
    expect(hashTree(dir)).toEqual(before);
    expect(fs.readFileSync(path.join(`${dir}.example`, "notes.md"), "utf8")).toBe("the owner's own notes");
  });
});
