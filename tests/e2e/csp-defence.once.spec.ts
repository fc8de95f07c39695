/**
 * Defence in depth: with the markdown sanitizer deliberately off, the hostile
 * markdown in tests/fixtures/site reaches the page as written, and the
 * Content-Security-Policy alone keeps it from running.
 *
 * Needs the unsanitized build: `sh scripts/build-unsanitized-site.sh`
 * (into .test-sites/unsanitized/, or set UNSANITIZED_OUT). Without it the test
 * is skipped and says so. The export is served through Playwright's routing,
 * so it needs no port of its own and runs beside any content set.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { cspViolations, watchCsp } from "./csp";

const OUT = path.resolve(process.env.UNSANITIZED_OUT || ".test-sites/unsanitized");
const ORIGIN = "http://unsanitized.test";

/** The fixture skill whose markdown carries the attack, found by its payload rather than by name. */
function hostileSkill(): string {
  const folder = "tests/fixtures/site/skills";
  const file = readdirSync(folder).find((name) => readFileSync(path.join(folder, name), "utf8").includes("window.__pwned"));
  if (!file) throw new Error(`no skill in ${folder} carries the hostile markdown`);
  return path.basename(file, ".md");
}

test.skip(
  !existsSync(OUT),
  `No unsanitized build at ${OUT}: run \`sh scripts/build-unsanitized-site.sh\` to check that the CSP blocks what the sanitizer would remove.`,
);

test("with the sanitizer off, the policy blocks the injected inline script and event handler", async ({ page }) => {
  const slug = hostileSkill();
  const html = readFileSync(path.join(OUT, "skills", slug, "index.html"), "utf8");
  // Otherwise this would prove nothing: the attack really is in the page.
  expect(html).toContain(`<script>window.__pwned = "script";</script>`);
  expect(html).toMatch(/<img src="x" onerror="window.__pwned = 'onerror'">/);

  await page.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    const file = path.join(OUT, decodeURIComponent(pathname));
    const target = existsSync(file) && statSync(file).isDirectory() ? path.join(file, "index.html") : file;
    return existsSync(target) ? route.fulfill({ path: target }) : route.fulfill({ status: 404, path: path.join(OUT, "404.html") });
  });
  await watchCsp(page);
  await page.goto(`${ORIGIN}/skills/${slug}/`, { waitUntil: "load" });

  const violations = await cspViolations(page);
  const blocked = (prefix: string) =>
    expect(
      violations.some((violation) => violation.startsWith(prefix)),
      `${prefix}\n${violations.join("\n")}`,
    ).toBe(true);
  blocked("script-src-elem blocked inline"); // <script>…</script>
  blocked("script-src-attr blocked inline"); // onerror="…"
  blocked("frame-src blocked https://example.com"); // <iframe>
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

  // The javascript: links do nothing either.
  for (const link of await page.locator('a[href^="javascript:"]').all()) await link.click();
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

  // The site's own inline scripts still ran: they are allowed by hash.
  expect(await page.evaluate(() => Array.isArray((self as { __next_f?: unknown }).__next_f))).toBe(true);
});
