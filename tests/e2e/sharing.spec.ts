/** Sharing a page from the browser: the copy-link button. What a shared link's preview shows is checked on the files (tests/export/). */
import { expect, test } from "@playwright/test";
import { contentPages, relative, served } from "@/tests/site/site-map";

test("the copy-link button works by keyboard and says that it copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { content } = contentPages();
  const skill = content.skills[0]!;
  await page.goto(relative(`/skills/${skill.slug}/#evidence`));
  const button = page.getByRole("button", { name: "Copy link" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(served(`/skills/${skill.slug}/`));
  expect(copied).not.toContain("#");
});
