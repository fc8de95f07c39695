/**
 * The site works under its Content-Security-Policy while a visitor uses
 * everything that runs in the browser, with not one violation reported. The
 * policy itself is checked on every page's file (tests/export/), and the
 * sweep (sweep.spec.ts) listens for violations on every page in both themes.
 */
import { expect, test } from "@playwright/test";
import { contentPages, literal, relative, served } from "@/tests/site/site-map";
import { cspViolations, watchCsp } from "./csp";

const { content } = contentPages();

test("everything that runs in the browser works under the policy, with no violation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await watchCsp(page);

  // Theme toggle.
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(relative("/"));
  const toggle = page.getByRole("button", { name: /^Theme:/ });
  await toggle.click();
  await toggle.click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);

  // Client navigation: the page is not reloaded (a marker on window survives).
  await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Skills" }).click();
  await expect(page).toHaveURL(new RegExp(`${served("/skills/")}$`));
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // Skills filter.
  const skill = content.skills[0]!;
  await page.getByRole("searchbox", { name: "Search" }).fill(skill.title);
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toBeVisible();

  // Copy link.
  await page.goto(relative(`/skills/${skill.slug}/`));
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status")).toHaveText("Link copied");

  // Job-posting matcher.
  await page.goto(relative("/match/"));
  await page.getByRole("textbox", { name: "Job posting" }).fill(`We need ${skill.title}.`);
  const found = page.getByRole("region", { name: /Has experience with|Currently learning/ }).getByRole("link", { name: literal(skill.title) });
  await expect(found.first()).toBeVisible();

  expect(await cspViolations(page)).toEqual([]);
});
