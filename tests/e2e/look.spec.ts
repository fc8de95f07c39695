/**
 * The owner's look (profile.md's `look`): the site opens in their default
 * theme until the visitor picks one, and wears their accent in both themes.
 * Contrast in both themes is the sweep's (axe, sweep.spec.ts).
 */
import { expect, type Page, type Route, test } from "@playwright/test";
import { parse } from "culori";
import { FONT_NAMES, SITE_FONTS } from "@/lib/look/fonts";
import { derivePalette } from "@/lib/look/palette";
import { contentPages, relative } from "@/tests/site/site-map";
import { layoutShift, watchLayoutShift } from "./layout-shift";
import { chooseTheme, showTheme, themeNamed, themeToggle } from "./theme";

const { look } = contentPages().content.profile;
const palette = derivePalette(look.accent, look.neutral);

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
    await expect(themeToggle(page)).toHaveAccessibleName(themeNamed(look.theme));
  }
});

test("a chosen theme is remembered, applied before the first paint, and system then follows the device", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(relative("/"));
  await chooseTheme(page, "dark");
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as { firstPaint?: string }).firstPaint = getComputedStyle(document.documentElement).colorScheme;
    });
  });
  await page.goto(relative("/skills/"));
  expect(await page.evaluate(() => (window as { firstPaint?: string }).firstPaint)).toBe("dark");

  await themeToggle(page).click(); // dark → system, whatever the owner's default
  await expect(themeToggle(page)).toHaveAccessibleName(themeNamed("system"));
  await page.goto(relative("/"));
  expect(await shownScheme(page)).toBe("normal");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await shownScheme(page)).toBe("dark");
});

test(`text is set in the owner's font (${look.font}), from this site's own files`, async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
  });
  await page.goto(relative("/"));
  // Again, with the font cached: the first visit may have kept its fallback, if the font came after the first paint.
  await page.reload();
  const family = SITE_FONTS[look.font].family;
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(new RegExp(`^"?${family}"?,`));
  await expect.poll(() => page.evaluate((name) => document.fonts.check(`16px "${name}"`), family)).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  // Only the chosen font's files: another font's name is in none of them.
  const others = FONT_NAMES.filter((name) => name !== look.font);
  expect(fonts.filter((url) => others.some((name) => url.includes(name.split("-")[0]!)))).toEqual([]);
});

test("a font that arrives after the first paint does not move the text when the stylesheet follows it", async ({ page }) => {
  // The order that moved it: first paint in the fallback, the font 300 ms late, the stylesheet after it.
  const late = (ms: number) => async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  };
  await page.route(/\.woff2$/, late(300));
  await page.route(/\.css$/, late(800));
  await watchLayoutShift(page);
  await page.goto(relative("/"));
  await expect.poll(() => page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href))).toBe(true);
  await page.waitForTimeout(300);
  expect(await layoutShift(page)).toBe(0);
});

test("links and buttons wear the owner's accent, in both themes", async ({ page }) => {
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(relative("/"));
    await showTheme(page, theme);
    const accent = rgb(palette[theme].accent);
    const painted = await page.evaluate((colour) => {
      const elements = [...document.querySelectorAll("main a, main button")];
      return elements.filter((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor].includes(colour)).length;
    }, accent);
    expect(painted, `links or buttons in ${accent} (${theme})`).toBeGreaterThan(0);
  }
});
