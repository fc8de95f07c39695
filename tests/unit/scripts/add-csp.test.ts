/** scripts/add-csp.ts over an export folder: every page gets its policy; a script in page content fails the build. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (content: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js"></script></head><body><main>${content}</main><script>self.__next_f=[]</script></body></html>`;

function exportFolder(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "add-csp-"));
  made.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

function addCsp(dir: string) {
  return spawnSync("node", ["--import", "tsx", "scripts/add-csp.ts", dir], { encoding: "utf8" });
}

describe("scripts/add-csp.ts", () => {
  it("gives every page, nested ones included, its policy", () => {
    const dir = exportFolder({ "index.html": page("<p>home</p>"), "skills/go/index.html": page("<p>Go</p>"), "404.html": page("") });
    const { status, stdout } = addCsp(dir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/3 pages/);
    for (const file of ["index.html", "skills/go/index.html", "404.html"]) {
      expect(readFileSync(path.join(dir, file), "utf8")).toMatch(
        /<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/,
      );
    }
  });

  it("fails when a page's content holds an inline script", () => {
    const dir = exportFolder({ "skills/x/index.html": page("<script>alert(1)</script>") });
    const { status, stderr } = addCsp(dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/skills\/x\/index\.html: 1 inline script/);
  });
});
