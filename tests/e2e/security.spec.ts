/**
 * The site works under its Content-Security-Policy while a visitor uses
 * everything that runs in the browser, with not one violation reported. The
 * policy itself is checked on every page's file (tests/export/), and the
 * sweep (sweep.spec.ts) listens for violations on every page in both themes.
 */
import { expect, test } from "@playwright/test";
import { messagePattern, siteMessages } from "@/tests/site/messages";
import { contentPages, literal, relative, served } from "@/tests/site/site-map";
import { cspViolations, watchCsp } from "./csp";
import { chooseTheme } from "./theme";

const ui = siteMessages();

const { content } = contentPages();

test("everything that runs in the browser works under the policy, with no violation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await watchCsp(page);

  // Theme toggle.
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(relative("/"));
  await chooseTheme(page, "dark");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);

  // Navigation by the main menu, after the page fetched its sections ahead.
  await page.getByRole("navigation", { name: ui.frame.mainNavigation }).getByRole("link", { name: ui.sections.skill.label }).click();
  await expect(page).toHaveURL(new RegExp(`${served("/skills/")}$`));

  // Skills filter.
  const skill = content.skills[0]!;
  await page.getByRole("searchbox", { name: ui.filter.search }).fill(skill.title);
  await expect(page.getByRole("status").filter({ hasText: messagePattern(ui.filter.showing) })).toBeVisible();

  // Copy link.
  await page.goto(relative(`/skills/${skill.slug}/`));
  await page.getByRole("button", { name: ui.copy.link.copy }).click();
  await expect(page.getByRole("status")).toHaveText(ui.copy.link.copied);

  // Job-posting matcher.
  await page.goto(relative("/match/"));
  await page.getByRole("textbox", { name: ui.match.posting }).fill(`We need ${skill.title}.`);
  const found = page
    .getByRole("region", { name: new RegExp(`${messagePattern(ui.match.has).source}|${messagePattern(ui.match.learning).source}`) })
    .getByRole("link", { name: literal(skill.title) });
  await expect(found.first()).toBeVisible();

  expect(await cspViolations(page)).toEqual([]);
});
