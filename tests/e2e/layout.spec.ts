import { expect, test } from "@playwright/test";
import { relative, sweepPages } from "./site-map";

test.describe.configure({ timeout: 120_000 });

const paths = sweepPages();

for (const colorScheme of ["light", "dark"] as const) {
  test(`no page scrolls sideways (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(relative(path));
      const { scrollWidth, clientWidth } = await page.evaluate(() => document.documentElement);
      if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth}px wide in a ${clientWidth}px window`);
    }
    expect(overflowing).toEqual([]);
  });
}

test("main navigation links are comfortable tap targets", async ({ page }) => {
  await page.goto(relative("/"));
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box?.height, (await link.textContent()) ?? "").toBeGreaterThanOrEqual(44);
  }
});
