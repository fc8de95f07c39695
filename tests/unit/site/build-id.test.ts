/** The build ID depends on the inputs of the build and on nothing else (no time, no randomness). */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildId } from "@/lib/build-id";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "build-id-"));
  made.push(root);
  for (const folder of ["app", "lib", "content/skills", "node_modules/x", ".next"]) mkdirSync(path.join(root, folder), { recursive: true });
  writeFileSync(path.join(root, "app/page.tsx"), "export default () => null;");
  writeFileSync(path.join(root, "package-lock.json"), "{}");
  // A content folder of the temporary project's own, never the owner's.
  writeFileSync(path.join(root, "content", "profile.md"), "---\nheadline: x\n---\n");
  writeFileSync(path.join(root, "content", "skills", "go.md"), "---\ntitle: Go\n---\n");
  return root;
}

const id = (root: string, env = { origin: "https://jane.dev" }, contentDir = "content") => buildId({ root, contentDir, env });

describe("buildId", () => {
  it("is the same for the same tree, wherever it is", () => {
    const root = project();
    const copy = mkdtempSync(path.join(os.tmpdir(), "build-id-"));
    made.push(copy);
    cpSync(root, copy, { recursive: true });
    expect(id(root)).toBe(id(root));
    expect(id(copy)).toBe(id(root));
    expect(id(root)).toMatch(/^[\w-]{21}$/);
  });

  it("changes with a source file, the lock file, a content file or an environment value", () => {
    const root = project();
    const before = id(root);
    expect(id(root, { origin: "https://other.dev" })).not.toBe(before);
    for (const file of ["app/page.tsx", "package-lock.json", "content/skills/go.md"]) {
      writeFileSync(path.join(root, file), "changed");
      expect(id(root), file).not.toBe(before);
    }
  });

  it("ignores what a build or an install writes (.next, node_modules) and hidden files", () => {
    const root = project();
    const before = id(root);
    writeFileSync(path.join(root, ".next/trace"), String(Date.now()));
    writeFileSync(path.join(root, "node_modules/x/index.js"), "x");
    writeFileSync(path.join(root, "content", ".DS_Store"), "x");
    expect(id(root)).toBe(before);
  });
});
