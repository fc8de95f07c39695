/**
 * The README's test commands:
 *
 * - `npm test`: the type check and the unit and component tests, the owner's
 *   `content/`, whose export is left in out/, ready to deploy, and one
 *   generated content set (its seed is printed; `TEST_SEED=<n>` gives the
 *   same one again). Each set is built, its export checked on disk (Vitest,
 *   vitest.export.config.ts) and in the browser (Playwright).
 * - `npm run test:all` (`--all`): the whole matrix, which CI runs: the
 *   hand-written fixture sets (another person's site under a base path, with
 *   hostile markdown; a minimal and a maximal one), every seed that once
 *   found a bug (and `TEST_SEED`, if set), and the owner's content. It is the
 *   same every run, so CI is reproducible; `npm test` is where new seeds are
 *   tried. A regression seed is checked in the browser by the specs that found
 *   its bugs (tests/generated/regression-seeds.ts); every other set by all.
 * - `CONTENT_DIR=<folder>`: that folder only (under `BASE_PATH`, if set).
 * - `--sites`: the content sets only, without the type check and unit tests.
 *
 * Extra arguments go to Playwright: `npm test -- --grep sweep`.
 */
import { browserChecksOf, REGRESSION_SEEDS } from "@/tests/generated/regression-seeds";
import { type ContentSet, FIXTURE_SETS, generatedSet, isOwner } from "./test-runner/content-sets";
import { buildSet, checkSet, restoreOwnerExport } from "./test-runner/set-steps";
import { limiter, printSummary, step } from "./test-runner/steps";

const all = process.argv.includes("--all");
const sitesOnly = process.argv.includes("--sites");
const playwrightArgs = process.argv.slice(2).filter((arg) => !["--all", "--sites"].includes(arg));

const randomSeed = () => Math.floor(Math.random() * 2 ** 31);

/**
 * The owner's set comes first after those served under a base path: its
 * browser run, which visits every page, is the longest, so it should start
 * soon. Its export goes back to out/ at the end.
 */
function contentSets(env: NodeJS.ProcessEnv): ContentSet[] {
  const owner: ContentSet = { name: "content", contentDir: env.CONTENT_DIR || "content", basePath: env.BASE_PATH, siteUrl: env.SITE_URL };
  if (env.CONTENT_DIR) return [owner];
  if (!all) return [owner, generatedSet(env.TEST_SEED ? Number(env.TEST_SEED) : randomSeed())];
  // The matrix CI runs is the same every time: every seed that once found a bug, and the one asked for.
  const seeds = [...new Set([...REGRESSION_SEEDS.map((each) => each.seed), ...(env.TEST_SEED ? [Number(env.TEST_SEED)] : [])])];
  // Sets served under a base path are built first: a base path changes the compiled code and the compiler's
  // cache keeps one version, so the run compiles twice (once with a base path, once without) wherever they
  // stand, and built last their browser run became the run's tail (74 s in CI).
  const sets = [...FIXTURE_SETS, ...seeds.map((each, index) => ({ ...generatedSet(each, index), browser: browserChecksOf(each) }))];
  return [...sets.filter((set) => set.basePath), owner, ...sets.filter((set) => !set.basePath)];
}

/**
 * Two cores, used by three lanes at once. Builds run one after another (they
 * share .next/ and out/), each set's compiled code coming from the compiler's
 * cache after the first (PORTFOLIO_TEST_BUILD). A set is checked as soon as it
 * is built, while the next one builds, and two sets' browser runs may
 * overlap: a browser run waits on pages about as much as it computes, so one
 * alone leaves a core idle. The type check and unit tests (none of which
 * writes where a build does) run beside all of it.
 */
async function main(): Promise<boolean> {
  // The code checks start at once: started after the builds, they became the run's tail (5 min 37 s against 4 min 35 s here).
  const code = sitesOnly ? [] : [step("type check", "npx", ["tsc", "--noEmit"]), step("unit and component tests", "npx", ["vitest", "run"])];
  const browserRun = limiter(2);
  const sets = contentSets(process.env);
  let built: Promise<unknown> = Promise.resolve();
  const checks = sets.map(async (set) => {
    const ready = built.then(() => buildSet(set));
    built = ready;
    if (await ready) await checkSet(set, { browserRun, playwrightArgs });
    return ready;
  });
  const builtOk = await Promise.all(checks);
  await Promise.all(code);
  // Only now: a build still running would take out/ for its own.
  const owner = sets.findIndex(isOwner);
  if (builtOk[owner]) restoreOwnerExport(sets[owner]!);
  return printSummary();
}

if (!(await main())) process.exit(1);
