/**
 * Steps of the test run: commands run side by side, each with its output held
 * back and printed whole when it ends, so that two steps never interleave
 * their lines; a summary of every step at the end.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

interface Outcome {
  name: string;
  passed: boolean;
  seconds: number;
}

const outcomes: Outcome[] = [];

/** Runs a command as one named step; resolves to whether it passed. */
export async function step(name: string, command: string, args: string[], env: Record<string, string> = {}): Promise<boolean> {
  console.log(`▶ ${name}`);
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(process.stdout.isTTY && { FORCE_COLOR: "1" }), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const outcome = { name, passed: code === 0, seconds: Math.round((performance.now() - started) / 1000) };
  outcomes.push(outcome);
  console.log(`\n── ${name}: ${outcome.passed ? "passed" : "FAILED"} in ${outcome.seconds} s ──\n${Buffer.concat(output).toString("utf8")}`);
  return outcome.passed;
}

/** At most `slots` of the work given to it at once; the rest waits its turn. */
export function limiter(slots: number) {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/** Every step with its time, failures last; true when all passed. */
export function printSummary(): boolean {
  const failed = outcomes.filter((outcome) => !outcome.passed);
  console.log("\n── summary ──");
  for (const outcome of [...outcomes.filter((each) => each.passed), ...failed]) {
    console.log(`${outcome.passed ? "✓" : "✘"} ${outcome.name} (${outcome.seconds} s)`);
  }
  if (failed.length) console.error(`\n${failed.length} of ${outcomes.length} steps failed.`);
  return failed.length === 0;
}
