/**
 * The site built from another person's content (tests/fixtures/site) under the
 * base path /portfolio: nothing of the owner's is hard-coded, every link
 * follows the base path, and hostile markdown renders inert.
 */
import { expect, test } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import { canonical, metaTags } from "@/tests/export/html";
import { siteMessages } from "@/tests/site/messages";
import { relative } from "@/tests/site/site-map";

const ui = siteMessages();

test("the whole site is the other person's", async ({ page }) => {
  await page.goto(relative("/"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ada Example");
  await expect(page.getByRole("link", { name: "ada@example.com" }).first()).toHaveAttribute("href", "mailto:ada@example.com");
  await expect(page.locator("body")).not.toContainText(/FastAPI|PostgreSQL|Spenza/);
});

test("client-side navigation works under the base path", async ({ page }) => {
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(relative("/"));
  await page.getByRole("navigation", { name: ui.frame.mainNavigation }).getByRole("link", { name: ui.sections.skill.label }).click();
  await expect(page).toHaveURL(/\/portfolio\/skills\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.sections.skill.label);
  expect(failures).toEqual([]);
});

test("hostile markdown in a body renders inert", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(relative("/skills/scala/"));
  const body = page.locator(".prose");
  await expect(body).toContainText("Hostile markdown follows");
  await expect(body.locator("script, iframe, [onerror]")).toHaveCount(0);
  await expect(body.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(body.getByRole("link", { name: "normal link" })).toHaveAttribute("href", "https://example.com/docs");
  for (const name of ["a javascript link", "raw anchor"]) {
    const link = body.getByText(name);
    if (await link.count()) await link.first().click();
  }
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("learning is shown as learning, never as experience", async ({ page }) => {
  await page.goto(relative("/skills/zig/"));
  await expect(page.getByText(ui.levels.learning.label, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(ui.skill.learningNote)).toBeVisible();
});

test("an old slug lands on the renamed page, and tells search engines where it went", async ({ page, request, baseURL }) => {
  const tree = fromHtml(await (await request.get(new URL(relative("/skills/scala-old/"), baseURL).href)).text());
  expect(canonical(tree)).toBe("https://example.test/portfolio/skills/scala/");
  expect(metaTags(tree).get("robots")).toMatch(/noindex/);
  await page.goto(relative("/skills/scala-old/"));
  await expect(page).toHaveURL(/\/portfolio\/skills\/scala\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scala");
});

test("preview images and canonical URLs carry the site URL and base path", async ({ request, baseURL }) => {
  const tree = fromHtml(await (await request.get(new URL(relative("/skills/scala/"), baseURL).href)).text());
  expect(metaTags(tree).get("og:image")).toBe("https://example.test/portfolio/og/skill-scala.png");
  const image = await request.get(new URL(relative("/og/skill-scala.png"), baseURL).href);
  expect(image.headers()["content-type"]).toBe("image/png");
});
