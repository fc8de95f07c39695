// @ts-check
const FOLDERS = ["content", "csp", "search", "resume", "import"];

/**
 * Mutation testing of the unit suite: `npm run test:mutation` (the results go to BENCHMARKS.md by hand).
 * One folder at a time, with its own incremental file and reports: `MUTATION_FOLDER=csp npm run test:mutation`.
 * (`--mutate 'lib/csp/**\/*.ts'` works too, but then the folder's run replaces the incremental file of the others.)
 *
 * The vitest runner sets its own pool (threads, one worker), turns Vitest's coverage off, bails on the
 * first failing test and always analyses coverage per test, whatever `coverageAnalysis` says here.
 */
const folder = process.env.MUTATION_FOLDER;
if (folder !== undefined && !FOLDERS.includes(folder)) {
  throw new Error(`MUTATION_FOLDER must be one of ${FOLDERS.join(", ")}, not "${folder}"`);
}
const name = folder ?? "all";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  coverageAnalysis: "perTest",
  mutate: [
    folder ? `lib/${folder}/**/*.ts` : `lib/{${FOLDERS.join(",")}}/**/*.ts`,
    // A table of a few hundred technology names, not logic: each of its strings would be a static
    // mutant (every search test again, in a fresh module graph) that only a test listing the table could kill.
    "!lib/search/tech-vocabulary.ts",
  ],
  // One test runner: the two cores of a development machine are shared with builds.
  concurrency: 1,
  // Re-runs test only the mutants whose code or covering tests changed. Not for static mutants (module-level
  // code such as a regex constant, run before any test): Stryker keeps a survivor's old result even when a new
  // test kills it, so after adding tests for those run once with --force.
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  // A run fails below 70 % of mutants killed; the goal for each folder is 80 % (see BENCHMARKS.md).
  thresholds: { high: 80, low: 70, break: 70 },
  // A slow machine: a mutant's tests get their dry-run time plus this much, times 1.5.
  timeoutMS: 10000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
