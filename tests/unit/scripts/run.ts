/** Runs one of the project's npm scripts as the owner would, against a content folder of the test's choosing. */
import { spawnSync } from "node:child_process";

export function runNpm(args: string[], contentDir: string) {
  const result = spawnSync("npm", ["run", "--silent", ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}
