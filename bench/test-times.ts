/**
 * `npm run bench:tests`: how long the README's test commands take here, from
 * the state of a fresh clone after `npm ci` (no .next/ cache, no earlier
 * exports): `npm test`, then `npm run test:all`, each timed as a whole and
 * phase by phase. The goal is at most 5 and 10 minutes on a 2-core machine.
 * `BENCH_TESTS=test` (or `test:all`) times one of them only.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { stripVTControlCharacters } from "node:util";
import { table, writeSection } from "./report";

const GOALS: Record<string, number> = { test: 5, "test:all": 10 };
const commands = process.env.BENCH_TESTS ? [process.env.BENCH_TESTS] : Object.keys(GOALS);

interface Timing {
  command: string;
  seconds: number;
  passed: boolean;
  /** What the runner printed last: its test counts. */
  summary: string[];
}

function fresh(): void {
  for (const folder of [".next", ".test-sites", "out", "test-results"]) rmSync(folder, { recursive: true, force: true });
}

/** Runs `npm run <command>`, passing its output through, and times it. */
function time(command: string): Promise<Timing> {
  const started = performance.now();
  const child = spawn("npm", ["run", command], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "inherit"] });
  const counts: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    for (const line of chunk.toString("utf8").split("\n")) {
      // Vitest's "Tests  839 passed (839)" and Playwright's "  40 passed (2.9m)".
      const plain = stripVTControlCharacters(line).trim();
      if (/^(Tests\s+)?\d+ (passed|failed|skipped)/.test(plain)) counts.push(plain.replace(/\s+/g, " "));
    }
  });
  return new Promise((resolve) =>
    child.on("close", (code) => resolve({ command, seconds: (performance.now() - started) / 1000, passed: code === 0, summary: counts })),
  );
}

const minutes = (seconds: number) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

const timings: Timing[] = [];
for (const command of commands) {
  fresh();
  timings.push(await time(command));
}

const rows = timings.map((timing) => [
  `\`npm run ${timing.command}\``,
  minutes(timing.seconds),
  `${GOALS[timing.command] ?? "?"} min`,
  timing.passed ? "passed" : "**failed**",
  timing.summary.join("; "),
]);
writeSection(
  "tests",
  "How long the tests take",
  "npm run bench:tests",
  `Each command from a fresh state (no \`.next/\` cache, no earlier export), one after the other, on ${os.cpus().length} cores.

${table(["command", "wall time", "goal", "result", "counts (unit; then per content set: export checks, browser)"], rows)}`,
);
if (timings.some((timing) => !timing.passed)) process.exit(1);
