/** On a phone (the "phone" project): the main navigation's links are comfortable tap targets, each name on one line. Sideways scrolling is checked on every page by sweep.spec.ts. */
import { expect, test } from "@playwright/test";
import { siteMessages } from "@/tests/site/messages";
import { relative } from "@/tests/site/site-map";

test("main navigation links are comfortable tap targets, each name whole on one line", async ({ page }) => {
  await page.goto(relative("/"));
  const links = page.getByRole("navigation", { name: siteMessages().frame.mainNavigation }).getByRole("link");
  for (const link of await links.all()) {
    const name = (await link.textContent()) ?? "";
    const box = await link.boundingBox();
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
    // A name that breaks ("Skill" over "s") is drawn on more than one line box.
    const lines = await link.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines, name).toBe(1);
  }
});
