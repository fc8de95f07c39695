/**
 * Writes a generated content set: `node --import tsx tests/generated/write.ts <dir> [seed]`.
 * The seed is the argument, else `TEST_SEED`, else a random 32-bit integer;
 * it is printed so that any failure can be reproduced with it. `<dir>` is
 * removed first.
 */
import { randomInt } from "node:crypto";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ContentSetSummary, describeContentSet, writeContentSet } from "./content-set";

/** The seed from an argument or the environment, or a fresh random one; throws on anything that is not an integer. */
export function chooseSeed(argument: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const written = argument ?? env.TEST_SEED;
  if (written === undefined || written.trim() === "") return randomInt(-(2 ** 31), 2 ** 31);
  const seed = Number(written);
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${JSON.stringify(written)}`);
  return seed;
}

/** Removes `dir`, writes the set for `seed` into it, and returns what it holds with the line the CLI prints. */
export function writeGeneratedContent(dir: string, seed: number = chooseSeed(undefined)): { summary: ContentSetSummary; line: string } {
  rmSync(dir, { recursive: true, force: true });
  const summary = writeContentSet(dir, seed);
  return { summary, line: `Generated content set: seed ${seed} → ${dir} (${describeContentSet(summary)})` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, seedArgument] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node --import tsx tests/generated/write.ts <dir> [seed]   (seed: the argument, else TEST_SEED, else random)");
    process.exit(2);
  }
  try {
    console.log(writeGeneratedContent(dir, chooseSeed(seedArgument)).line);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
