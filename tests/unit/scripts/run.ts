/** Runs one of the project's npm scripts as the owner would, against a content folder of the test's choosing. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** What builds write in a project folder; a linked project gets its own. */
const WRITTEN_BY_BUILDS = new Set(["out", ".next", ".test-sites", "test-results", ".git"]);

export function runNpm(args: string[], contentDir: string, projectDir = ROOT) {
  const result = spawnSync("npm", ["run", "--silent", ...args], {
    cwd: projectDir,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/**
 * A project folder of its own for a test that runs a build: every entry of
 * the repository linked in, except what builds write. The test runner builds
 * other content sets in the repository at the same time, and a build here
 * must not touch their out/. Removed when the test finishes.
 */
export function linkedProject(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "project-")));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const entry of fs.readdirSync(ROOT)) {
    if (!WRITTEN_BY_BUILDS.has(entry)) fs.symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
  }
  return dir;
}
