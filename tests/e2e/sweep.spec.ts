/**
 * One visit per page and theme: axe finds no violation (every rule in the
 * light theme; in the dark one, the rules that colour can change), the page reports no
 * Content-Security-Policy violation, and nothing scrolls sideways at desktop
 * width (1280 px) or on a phone (390 px). The pages are the sweep's
 * (tests/site/site-map.ts); each check proves it can fail in
 * page-checks.self-test.spec.ts.
 */
import { expect, test } from "@playwright/test";
import { relative, sweepPages } from "@/tests/site/site-map";
import { cspViolations, watchCsp } from "./csp";
import { axeProblems, COLOUR_RULES, overflowProblems } from "./page-checks";

const pages = sweepPages();
/** Batches let both workers share the pages of one theme. */
const BATCHES = 4;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

for (const theme of ["light", "dark"] as const) {
  for (let batch = 0; batch < BATCHES; batch++) {
    const paths = pages.filter((_, index) => index % BATCHES === batch);
    if (paths.length === 0) continue;
    test(`${theme}, pages ${batch + 1}/${BATCHES}: no axe or policy violation, nothing scrolls sideways`, async ({ page }) => {
      test.setTimeout(30_000 + paths.length * 6_000);
      await watchCsp(page);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      // The stored choice makes the inline theme script take its other branch, which must run under the policy too.
      await page.addInitScript((stored) => localStorage.setItem("theme", stored), theme);
      const problems: string[] = [];
      let reported = 0;
      const newViolations = async (settle: boolean) => {
        const all = await cspViolations(page, { settle });
        const fresh = all.slice(reported);
        reported = all.length;
        return fresh;
      };
      for (const path of paths) {
        await page.setViewportSize(DESKTOP);
        await page.goto(relative(path), { waitUntil: "load" });
        // Next's inline bootstrap ran (it would be blocked without its hash), and so did the theme script.
        const ran = await page.evaluate(() => ({ next: Array.isArray((self as { __next_f?: unknown }).__next_f), theme: document.documentElement.className }));
        if (!ran.next) problems.push(`${path}: Next's inline bootstrap did not run`);
        if (!ran.theme.split(/\s+/).includes(theme)) problems.push(`${path}: the theme script did not apply ${theme}`);
        problems.push(
          ...(await axeProblems(page, path, theme === "dark" ? COLOUR_RULES : undefined)),
          ...(await overflowProblems(page, `${path} at ${DESKTOP.width}px`)),
        );
        await page.setViewportSize(PHONE);
        problems.push(...(await overflowProblems(page, `${path} at ${PHONE.width}px`)));
        problems.push(...(await newViolations(false)).map((violation) => `${path}: ${violation}`));
      }
      // A report that arrives after its page was left still counts.
      problems.push(...(await newViolations(true)).map((violation) => `(late) ${violation}`));
      expect(problems).toEqual([]);
    });
  }
}
