/**
 * The frame every page shares, whatever the content: the skip link, motion
 * (the theme, which the owner's default decides, is look.spec.ts's). The same for every owner, so checked once per test run
 * (E2E_ONCE, on the first content set) rather than for every set.
 */
import { expect, test } from "@playwright/test";
import { siteMessages } from "@/tests/site/messages";
import { relative } from "@/tests/site/site-map";

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto(relative("/skills/"));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: siteMessages().frame.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

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
