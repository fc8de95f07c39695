/**
 * The export under test, from the environment, so the same suite runs against
 * any content set:
 * - `CONTENT_DIR`: the content it was built from (default `content`);
 * - `SITE_OUT`: the exported folder (default `out`);
 * - `BASE_PATH`: the sub-path it is served under (default none);
 * - `E2E_PORT`: where the test server listens (default 4173).
 */
import path from "node:path";

const FIXTURE_SITE = path.resolve("tests/fixtures/site");

export interface E2eSite {
  contentDir: string;
  out: string;
  basePath: string;
  port: number;
  /** Where the site's home page is served during the tests, base path included, ending in "/". */
  url: string;
  /** Built from tests/fixtures/site, whose own facts fixture-site.spec.ts checks. */
  isFixtureSite: boolean;
}

export function e2eSite(env: NodeJS.ProcessEnv = process.env): E2eSite {
  const contentDir = env.CONTENT_DIR || "content";
  const basePath = (env.BASE_PATH ?? "")
    .trim()
    .replace(/\/+$/, "")
    .replace(/^(?=[^/])/, "/");
  const port = Number(env.E2E_PORT || 4173);
  return {
    contentDir,
    out: env.SITE_OUT || "out",
    basePath,
    port,
    url: `http://127.0.0.1:${port}${basePath}/`,
    isFixtureSite: path.resolve(contentDir) === FIXTURE_SITE,
  };
}
