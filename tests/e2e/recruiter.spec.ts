/** The recruiter's tools: filter the skills, match a posting, print the résumé, pick a theme. */
import { expect, test } from "@playwright/test";
import { contentPages, relative } from "./site-map";

const { content } = contentPages();
const cards = (page: import("@playwright/test").Page) => page.locator("main article").filter({ has: page.locator("h3") });

test.describe("skills filter", () => {
  test("without JavaScript every skill is listed", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(relative("/skills/?q=postgres"));
    await expect(cards(page)).toHaveCount(content.skills.length);
    await context.close();
  });

  test("an alias finds the skill, and the filter lands in the URL", async ({ page }) => {
    const postgres = content.skills.find((skill) => skill.aliases.some((alias) => /^postgres$/i.test(alias)))!;
    await page.goto(relative("/skills/"));
    await page.getByRole("searchbox", { name: "Search" }).fill("Postgres");
    await expect(cards(page).filter({ hasText: postgres.title })).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]q=Postgres/);
    await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText(
      new RegExp(`Showing \\d+ of ${content.skills.length} skills`),
    );
  });

  test("a shared filtered URL opens filtered", async ({ page }) => {
    const category = content.categories.find((each) => each.skills.length > 0 && each.skills.length < content.skills.length)!;
    await page.goto(relative(`/skills/?category=${category.slug}`));
    await expect(cards(page)).toHaveCount(category.skills.length);
    await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue(category.slug);
  });

  test("level and tag narrow the list, and clearing brings everything back", async ({ page }) => {
    const learning = content.skills.filter((skill) => skill.proficiency === "learning");
    await page.goto(relative("/skills/"));
    await page.getByRole("combobox", { name: "Level" }).selectOption("learning");
    await expect(cards(page)).toHaveCount(learning.length);
    const tag = content.tags.find((each) => each.skills.length === 1)!;
    await page.getByRole("combobox", { name: "Level" }).selectOption("");
    await page.getByRole("combobox", { name: "Tag" }).selectOption(tag.slug);
    await expect(cards(page)).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`tag=${tag.slug}`));
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(cards(page)).toHaveCount(content.skills.length);
    await expect(page).toHaveURL(/\/skills\/$/);
  });
});

test.describe("job-posting match", () => {
  test("links what is covered, shows learning apart, lists what is missing, and sends nothing", async ({ page }) => {
    const leaks: string[] = [];
    await page.goto(relative("/match/"));
    const origin = new URL(page.url()).origin;
    page.on("request", (request) => {
      const url = request.url();
      // Next prefetches pages it links to; anything else, or anything carrying the posting, is a leak.
      if (!["GET", "HEAD"].includes(request.method()) || new URL(url).origin !== origin || /cobol|haskell/i.test(url + (request.postData() ?? ""))) {
        leaks.push(`${request.method()} ${url}`);
      }
    });
    const practised = content.skills.find((skill) => skill.featured)!;
    const learning = content.skills.find((skill) => skill.proficiency === "learning")!;
    await page
      .getByRole("textbox", { name: "Job posting" })
      .fill(`We need ${practised.title.toUpperCase()} and ${learning.tags[0]?.label ?? learning.title}, plus COBOL and Haskell.`);
    const has = page.getByRole("region", { name: /Has experience with/ });
    await expect(has.getByRole("link", { name: new RegExp(practised.title) })).toHaveAttribute("href", `/skills/${practised.slug}/`);
    await expect(page.getByRole("region", { name: /Currently learning/ }).getByRole("link", { name: new RegExp(learning.title) })).toBeVisible();
    await expect(page.getByRole("region", { name: /Not on this site/ })).toContainText("Haskell");
    expect(leaks).toEqual([]);
  });
});

test.describe("résumé", () => {
  test("prints on one page of A4 and of Letter", async ({ page }) => {
    await page.goto(relative("/resume/"));
    for (const format of ["A4", "Letter"]) {
      const pdf = await page.pdf({ format });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, format).toBe(1);
    }
  });

  test("is also served as JSON Resume", async ({ request, baseURL }) => {
    const response = await request.get(new URL("resume.json", baseURL).href);
    expect(response.headers()["content-type"]).toContain("application/json");
    const resume = await response.json();
    expect(resume.basics.label).toBe(content.profile.headline);
    expect(resume.skills).toHaveLength(content.skills.length);
  });
});

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
