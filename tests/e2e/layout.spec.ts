/** On a phone (the "phone" project): the main navigation's links are comfortable tap targets. Sideways scrolling is checked on every page by sweep.spec.ts. */
import { expect, test } from "@playwright/test";
import { relative } from "@/tests/site/site-map";

test("main navigation links are comfortable tap targets", async ({ page }) => {
  await page.goto(relative("/"));
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box?.height, (await link.textContent()) ?? "").toBeGreaterThanOrEqual(44);
  }
});
