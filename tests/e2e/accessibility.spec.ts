/** axe finds no violation on any page of the export, in either theme. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { contentPages, relative } from "./site-map";

const { records, listPages, tagPages } = contentPages();
const pages = [...listPages, "/resume/", "/match/", ...records.map((record) => record.path), ...tagPages, "/no-such-page/"];
const BATCHES = 6;

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
