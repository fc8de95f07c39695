/** Sharing a page from the browser: the copy-link button. What a shared link's preview shows is checked on the files (tests/export/). */
import { expect, test } from "@playwright/test";
import { siteMessages } from "@/tests/site/messages";
import { contentPages, relative, served } from "@/tests/site/site-map";

const ui = siteMessages();

test("the copy-link button works by keyboard and says that it copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { content } = contentPages();
  const skill = content.skills[0]!;
  await page.goto(relative(`/skills/${skill.slug}/#evidence`));
  const button = page.getByRole("button", { name: ui.copy.link.copy });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(ui.copy.link.copied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(served(`/skills/${skill.slug}/`));
  expect(copied).not.toContain("#");
});

test("the Atom feed is well-formed XML a feed reader can parse, one entry per article", async ({ page }) => {
  const { content } = contentPages();
  test.skip(content.articles.length === 0, "a site without articles has no feed");
  await page.goto(relative("/"));
  const feed = await page.evaluate(async (url) => {
    const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
    return {
      error: xml.querySelector("parsererror")?.textContent ?? null,
      root: xml.documentElement.namespaceURI,
      entries: xml.getElementsByTagName("entry").length,
    };
  }, served("/feed.xml"));
  expect(feed).toEqual({ error: null, root: "http://www.w3.org/2005/Atom", entries: content.articles.length });
});

test("the BibTeX entry of a publication can be copied", async ({ page, context }) => {
  const { content } = contentPages();
  const publication = content.publications[0];
  test.skip(!publication, "a site without publications has no BibTeX");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(relative(`/publications/${publication!.slug}/`));
  await page.getByRole("button", { name: ui.copy.bibtex.copy }).click();
  await expect(page.getByRole("status")).toHaveText(ui.copy.bibtex.copied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // What is copied is the entry the page shows.
  expect(copied).toMatch(/^@article\{\w+,\n/);
  expect(copied).toBe(await page.locator("pre code").textContent());
});
