/**
 * The frame every page shares, whatever the content: the theme, the skip
 * link, motion. The same for every owner, so checked once per test run
 * (E2E_ONCE, on the first content set) rather than for every set.
 */
import { expect, test } from "@playwright/test";
import { relative } from "@/tests/site/site-map";

test.describe("theme", () => {
  test("a chosen theme is remembered and applied before the first paint", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(relative("/"));
    const toggle = page.getByRole("button", { name: /^Theme:/ });
    await expect(toggle).toHaveAccessibleName(/Theme: system/);
    await toggle.click(); // light
    await toggle.click(); // dark
    await expect(page.locator("html")).toHaveClass(/dark/);

    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        (window as { firstPaint?: string }).firstPaint = getComputedStyle(document.documentElement).colorScheme;
      });
    });
    await page.goto(relative("/skills/"));
    const firstPaint = await page.evaluate(() => (window as { firstPaint?: string }).firstPaint);
    expect(firstPaint).toBe("dark");
    await expect(page.getByRole("button", { name: /^Theme:/ })).toHaveAccessibleName(/Theme: dark/);
  });

  test("system follows the operating system's setting", async ({ page }) => {
    const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(relative("/"));
    expect(await scheme()).toBe("dark");
    const dark = await background();
    await page.emulateMedia({ colorScheme: "light" });
    expect(await scheme()).not.toBe("dark");
    expect(await background()).not.toBe(dark);
  });
});

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto(relative("/skills/"));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
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
