/** `npm run import`: never over the owner's files; into an empty folder, content that builds, with what it left out said. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { copyValidFixture, hashTree } from "@/tests/unit/content/fixture";
import { runNpm } from "./run";

function emptyFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, "content");
}

describe("npm run import", () => {
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
