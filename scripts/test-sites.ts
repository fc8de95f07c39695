/**
 * The content-set half of the test commands: builds each content set with
 * `npm run build`, checks its export on disk (Vitest, vitest.export.config.ts)
 * and in the browser (Playwright).
 *
 * - `npm test`: one generated content set (its seed is printed; `TEST_SEED=<n>`
 *   gives the same one again), then the owner's `content/`, whose export stays
 *   in out/, ready to deploy.
 * - `npm run test:all` (`--all`): the whole matrix, which CI runs: the
 *   unsanitized test build, the hand-written fixture sets (another person's
 *   site under a base path, a minimal and a maximal one), every seed that once
 *   found a bug (and `TEST_SEED`, if set), and the owner's content. It is the
 *   same every run, so CI is reproducible; `npm test` is where new seeds are tried.
 * - `CONTENT_DIR=<folder>`: that folder only (under `BASE_PATH`, if set).
 *
 * Sets are built one after another, the compiled code coming from the
 * compiler's cache after the first (PORTFOLIO_TEST_BUILD), and each is checked
 * while the next one builds. Extra arguments go to Playwright:
 * `npm test -- --grep sweep`.
 */
import { spawn } from "node:child_process";
import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import { REGRESSION_SEEDS } from "@/tests/generated/regression-seeds";
import { writeGeneratedContent } from "@/tests/generated/write";

interface ContentSet {
  name: string;
  contentDir: string;
  basePath?: string;
  siteUrl?: string;
  /** Whole-site browser sweeps visit a telling sample of pages rather than all (see tests/site/site-map.ts). */
  sample?: boolean;
  /** Written before it is built: a generated set. */
  seed?: number;
}

const KEPT = ".test-sites";
const all = process.argv.includes("--all");
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== "--all");

const FIXTURE_SETS: ContentSet[] = [
  { name: "site", contentDir: "tests/fixtures/site", basePath: "/portfolio", siteUrl: "https://example.test", sample: true },
  { name: "minimal", contentDir: "tests/fixtures/edge/minimal", sample: true },
  { name: "maximal", contentDir: "tests/fixtures/edge/maximal", siteUrl: "https://maximal.example", sample: true },
];

const randomSeed = () => Math.floor(Math.random() * 2 ** 31);

function generated(seed: number, index = 0): ContentSet {
  return { name: `generated-${index}`, contentDir: `${KEPT}/generated-${index}-content`, siteUrl: "https://generated.example", sample: true, seed };
}

function contentSets(env: NodeJS.ProcessEnv): ContentSet[] {
  if (env.CONTENT_DIR) return [{ name: "content", contentDir: env.CONTENT_DIR, basePath: env.BASE_PATH, siteUrl: env.SITE_URL }];
  const owner: ContentSet = { name: "content", contentDir: "content", basePath: env.BASE_PATH, siteUrl: env.SITE_URL };
  if (!all) return [generated(env.TEST_SEED ? Number(env.TEST_SEED) : randomSeed()), owner];
  // The matrix CI runs is the same every time: every seed that once found a bug, and the one asked for.
  const seeds = [...new Set([...REGRESSION_SEEDS.map((each) => each.seed), ...(env.TEST_SEED ? [Number(env.TEST_SEED)] : [])])];
  // The owner's own comes last, so its export is the one left in out/.
  return [...FIXTURE_SETS, ...seeds.map((each, index) => generated(each, index)), owner];
}

function run(command: string, args: string[], env: Record<string, string>): Promise<boolean> {
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return new Promise((resolve) => child.on("close", (code) => resolve(code === 0)));
}

const label = (set: ContentSet) => `${set.contentDir}${set.seed === undefined ? "" : ` (seed ${set.seed})`}${set.basePath ? ` under ${set.basePath}` : ""}`;
const exportOf = (set: ContentSet) => (set.name === "content" ? "out" : `${KEPT}/${set.name}`);
const siteEnv = (set: ContentSet) => ({ CONTENT_DIR: set.contentDir, BASE_PATH: set.basePath ?? "", SITE_URL: set.siteUrl ?? "" });

/** Writes (if generated) and builds one content set, and moves its export to where its checks read it. */
async function build(set: ContentSet): Promise<boolean> {
  console.log(`\n=== building ${label(set)} ===`);
  if (set.seed !== undefined) console.log(writeGeneratedContent(set.contentDir, set.seed).line);
  if (!(await run("npm", ["run", "--silent", "build"], { ...siteEnv(set), PORTFOLIO_TEST_BUILD: "1" }))) return false;
  const out = exportOf(set);
  if (out !== "out") {
    rmSync(out, { recursive: true, force: true });
    renameSync("out", path.resolve(out));
  }
  return true;
}

/** Checks one built set: its files (Vitest), then in the browser (Playwright). Returns what failed. */
async function check(set: ContentSet, once: boolean): Promise<string[]> {
  console.log(`\n=== checking ${label(set)} ===`);
  const env = { ...siteEnv(set), SITE_OUT: exportOf(set) };
  const failed: string[] = [];
  if (!(await run("npx", ["vitest", "run", "--config", "vitest.export.config.ts"], env))) failed.push(`${label(set)}: checks of the export`);
  const browser = { ...env, ...(set.sample && { E2E_SWEEP: "sample" }), ...(once && { E2E_ONCE: "1" }) };
  if (!(await run("npx", ["playwright", "test", ...playwrightArgs], browser))) failed.push(`${label(set)}: browser tests`);
  return failed;
}

/**
 * Each set is checked while the next one builds: the browser waits on pages
 * as much as it computes, and a build's page generation uses one core, so
 * the two overlap well on two cores. Builds stay one at a time (they share
 * .next/ and out/); the owner's set, whose export is out/, is built last.
 */
async function main(): Promise<string[]> {
  const failed: string[] = [];
  if (all && !process.env.CONTENT_DIR && !(await run("sh", ["scripts/build-unsanitized-site.sh"], { PORTFOLIO_TEST_BUILD: "1" }))) {
    failed.push("the unsanitized test build");
  }
  const sets = contentSets(process.env);
  let built = build(sets[0]!);
  for (const [index, set] of sets.entries()) {
    const ready = await built;
    const next = sets[index + 1];
    built = next ? build(next) : Promise.resolve(true);
    if (ready) failed.push(...(await check(set, index === 0)));
    else failed.push(`${label(set)}: build`);
  }
  await built;
  return failed;
}

const failed = await main();
if (failed.length) {
  console.error(`\nFailed:\n${failed.map((line) => `- ${line}`).join("\n")}`);
  process.exit(1);
}
