/**
 * The end-to-end half of `npm test`: builds each content set with
 * `npm run build` and runs the whole Playwright suite against its export.
 *
 * - With `CONTENT_DIR` set, that folder only (under `BASE_PATH`, if set): an
 *   owner trying the suite on content of their own.
 * - Otherwise the fixture sets that keep the product honest for any owner
 *   (another person's site under a base path, a minimal site and a maximal
 *   one), then the owner's `content/`, whose export stays in out/, ready to
 *   deploy. First, a test build with the markdown sanitizer off, for
 *   tests/e2e/csp-defence.spec.ts to prove the CSP blocks what it would remove.
 *
 * Extra arguments go to Playwright: `npm test -- --grep sitemap`.
 */
import { spawnSync } from "node:child_process";
import { renameSync, rmSync } from "node:fs";
import path from "node:path";

interface ContentSet {
  contentDir: string;
  /** Whole-site sweeps visit a telling sample of pages rather than all (see tests/e2e/site-map.ts). */
  sample?: boolean;
  basePath?: string;
  siteUrl?: string;
  /** Where the export is kept for the tests; the owner's own stays in out/. */
  out: string;
}

const KEPT = ".test-sites";

const FIXTURE_SETS: ContentSet[] = [
  { contentDir: "tests/fixtures/site", basePath: "/portfolio", siteUrl: "https://example.test", out: `${KEPT}/site`, sample: true },
  { contentDir: "tests/fixtures/edge/minimal", out: `${KEPT}/minimal`, sample: true },
  { contentDir: "tests/fixtures/edge/maximal", siteUrl: "https://maximal.example", out: `${KEPT}/maximal`, sample: true },
];

function contentSets(env: NodeJS.ProcessEnv): ContentSet[] {
  if (env.CONTENT_DIR) return [{ contentDir: env.CONTENT_DIR, basePath: env.BASE_PATH, siteUrl: env.SITE_URL, out: "out" }];
  // The owner's own comes last, so its export is the one left in out/.
  return [...FIXTURE_SETS, { contentDir: "content", basePath: env.BASE_PATH, siteUrl: env.SITE_URL, out: "out" }];
}

function run(command: string, args: string[], env: Record<string, string>): boolean {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } }).status === 0;
}

const failed: string[] = [];
if (!process.env.CONTENT_DIR && !run("sh", ["scripts/build-unsanitized-site.sh"], {})) failed.push("the unsanitized test build");
for (const set of contentSets(process.env)) {
  console.log(`\n=== ${set.contentDir}${set.basePath ? ` under ${set.basePath}` : ""} ===`);
  const env = { CONTENT_DIR: set.contentDir, BASE_PATH: set.basePath ?? "", SITE_URL: set.siteUrl ?? "" };
  if (!run("npm", ["run", "--silent", "build"], env)) {
    failed.push(`${set.contentDir}: build`);
    continue;
  }
  if (set.out !== "out") {
    rmSync(set.out, { recursive: true, force: true });
    renameSync("out", path.resolve(set.out));
  }
  const sweep: Record<string, string> = set.sample ? { E2E_SWEEP: "sample" } : {};
  if (!run("npx", ["playwright", "test", ...process.argv.slice(2)], { ...env, ...sweep, SITE_OUT: set.out }))
    failed.push(`${set.contentDir}: end-to-end tests`);
}

if (failed.length) {
  console.error(`\nFailed:\n${failed.map((line) => `- ${line}`).join("\n")}`);
  process.exit(1);
}
