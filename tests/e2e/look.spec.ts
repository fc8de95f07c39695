/**
 * The owner's look (profile.md's `look`): the site opens in their default
 * theme until the visitor picks one, and wears their accent in both themes.
 * Contrast in both themes is the sweep's (axe, sweep.spec.ts).
 */
import { expect, type Page, test } from "@playwright/test";
import { parse } from "culori";
import { derivePalette } from "@/lib/look/palette";
import { messagePattern, siteMessages } from "@/tests/site/messages";
import { contentPages, relative } from "@/tests/site/site-map";

const { look } = contentPages().content.profile;
const palette = derivePalette(look.accent, look.neutral);

const ui = siteMessages().frame;
const toggle = (page: Page) => page.getByRole("button", { name: messagePattern(ui.themeLabel) });
const themeNamed = (theme: "system" | "light" | "dark") => messagePattern(ui.themeLabel, { theme: ui.themes[theme] });
const shownScheme = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
const rgb = (hex: string) => {
  const { r, g, b } = parse(hex) as { r: number; g: number; b: number };
  return `rgb(${[r, g, b].map((channel) => Math.round(channel * 255)).join(", ")})`;
};

test(`the site opens in the owner's default theme (${look.theme}) until the visitor picks one`, async ({ page }) => {
  for (const device of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: device });
    await page.goto(relative("/"));
    const expected = look.theme === "system" ? device : look.theme;
    expect(await shownScheme(page), `on a ${device} device`).toBe(expected === "dark" ? "dark" : "normal");
    await expect(toggle(page)).toHaveAccessibleName(themeNamed(look.theme));
  }
});

test("a chosen theme is remembered, applied before the first paint, and system then follows the device", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(relative("/"));
  for (let clicks = 0; clicks < 3 && !themeNamed("dark").test((await toggle(page).getAttribute("aria-label")) ?? ""); clicks++) await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName(themeNamed("dark"));
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as { firstPaint?: string }).firstPaint = getComputedStyle(document.documentElement).colorScheme;
    });
  });
  await page.goto(relative("/skills/"));
  expect(await page.evaluate(() => (window as { firstPaint?: string }).firstPaint)).toBe("dark");

  await toggle(page).click(); // dark → system, whatever the owner's default
  await expect(toggle(page)).toHaveAccessibleName(themeNamed("system"));
  await page.goto(relative("/"));
  expect(await shownScheme(page)).toBe("normal");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await shownScheme(page)).toBe("dark");
});

test("links and buttons wear the owner's accent, in both themes", async ({ page }) => {
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(relative("/"));
    await page.evaluate((shown) => {
      document.documentElement.classList.remove("light", "dark");
      document.documentElement.classList.add(shown);
    }, theme);
    const accent = rgb(palette[theme].accent);
    const painted = await page.evaluate((colour) => {
      const elements = [...document.querySelectorAll("main a, main button")];
      return elements.filter((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor].includes(colour)).length;
    }, accent);
    expect(painted, `links or buttons in ${accent} (${theme})`).toBeGreaterThan(0);
  }
});
