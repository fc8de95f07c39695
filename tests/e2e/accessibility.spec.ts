/** axe finds no violation on any page of the export, in either theme. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { contentPages, relative, sweepPages } from "./site-map";

const pages = sweepPages();
const BATCHES = 6;

// Each batch runs axe on ~20 pages; give a slow machine room.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ["light", "dark"] as const) {
  for (let batch = 0; batch < BATCHES; batch++) {
    const paths = pages.filter((_, index) => index % BATCHES === batch);
    test(`no axe violations, ${colorScheme}, pages ${batch + 1}/${BATCHES}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(relative(path));
        const results = await new AxeBuilder({ page }).analyze();
        for (const violation of results.violations) {
          violations.push(`${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
        }
      }
      expect(violations).toEqual([]);
    });
  }
}

test("motion stops when the visitor asks for reduced motion", async ({ page }) => {
  const duration = () =>
    page
      .locator("main article")
      .first()
      .evaluate((card) => getComputedStyle(card).transitionDuration);
  await page.goto(relative("/skills/"));
  expect(await duration()).not.toBe("0s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await duration()).toBe("0s");
});

test("every control on the skills page can be reached by keyboard, with a visible focus ring", async ({ page }) => {
  await page.goto(relative("/skills/"));
  const focusable = ["Search", "Category", "Level", "Tag"];
  const reached: string[] = [];
  // Every radar point and link before the filter is a stop on the way.
  const stops = 20 + contentPages().content.skills.length;
  for (let press = 0; press < stops && reached.length < focusable.length; press++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const label = element?.closest("label")?.firstChild?.textContent?.trim() ?? "";
      const outline = element ? getComputedStyle(element).outlineStyle : "none";
      return { label, outline };
    });
    if (focusable.includes(focused.label)) {
      expect(focused.outline, focused.label).not.toBe("none");
      reached.push(focused.label);
    }
  }
  expect(reached).toEqual(focusable);
});
