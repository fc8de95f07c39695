/**
 * One visit per page, both themes: axe finds no violation (every rule in the
 * light theme; in the dark one, switched in place, the rules that colour can
 * change), nothing scrolls sideways at desktop width (1280 px) or on a phone
 * (390 px) in either theme, and the page reports no Content-Security-Policy
 * violation. The pages are the sweep's (tests/site/site-map.ts); each check
 * proves it can fail in page-checks.self-test.once.spec.ts.
 */
import { expect, type Page, test } from "@playwright/test";
import { relative, sweepPages } from "@/tests/site/site-map";
import { cspViolations, watchCsp } from "./csp";
import { axeProblems, COLOUR_RULES, overflowProblems } from "./page-checks";
import { showTheme } from "./theme";

const pages = sweepPages();
/** Batches let both workers share the pages. */
const BATCHES = 4;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Axe and both widths in the theme the page shows now. */
async function themeProblems(page: Page, path: string, theme: "light" | "dark"): Promise<string[]> {
  const problems = await axeProblems(page, `${path} (${theme})`, theme === "dark" ? COLOUR_RULES : undefined);
  problems.push(...(await overflowProblems(page, `${path} (${theme}) at ${DESKTOP.width}px`)));
  await page.setViewportSize(PHONE);
  problems.push(...(await overflowProblems(page, `${path} (${theme}) at ${PHONE.width}px`)));
  await page.setViewportSize(DESKTOP);
  return problems;
}

for (let batch = 0; batch < BATCHES; batch++) {
  const paths = pages.filter((_, index) => index % BATCHES === batch);
  if (paths.length === 0) continue;
  test(`pages ${batch + 1}/${BATCHES}: no axe or policy violation, nothing scrolls sideways, in either theme`, async ({ page }) => {
    test.setTimeout(30_000 + paths.length * 8_000);
    await watchCsp(page);
    const problems: string[] = [];
    let reported = 0;
    const newViolations = async (settle: boolean) => {
      const all = await cspViolations(page, { settle });
      const fresh = all.slice(reported);
      reported = all.length;
      return fresh;
    };
    for (const path of paths) {
      await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
      await page.goto(relative(path), { waitUntil: "load" });
      // Next's runtime is on the pages that hydrate, and its inline bootstrap ran there (it would be blocked without its hash); the other pages ship none.
      const hydrates = (await page.locator("[data-hydrate]").count()) > 0;
      const bootstrapped = await page.evaluate(() => Array.isArray((self as { __next_f?: unknown }).__next_f));
      if (hydrates !== bootstrapped)
        problems.push(`${path}: ${hydrates ? "Next's inline bootstrap did not run" : "Next's runtime on a page with nothing to hydrate"}`);
      await showTheme(page, "light");
      problems.push(...(await themeProblems(page, path, "light")));
      await showTheme(page, "dark");
      problems.push(...(await themeProblems(page, path, "dark")));
      problems.push(...(await newViolations(false)).map((violation) => `${path}: ${violation}`));
    }
    // A report that arrives after its page was left still counts.
    problems.push(...(await newViolations(true)).map((violation) => `(late) ${violation}`));
    expect(problems).toEqual([]);
  });
}
