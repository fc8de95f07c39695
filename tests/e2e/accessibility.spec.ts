/** Accessibility a sweep cannot see: the skills page works by keyboard. axe runs on every page in sweep.spec.ts; motion and the skip link, the same for every owner, in site-frame.once.spec.ts. */
import { expect, test } from "@playwright/test";
import { siteMessages } from "@/tests/site/messages";
import { contentPages, relative } from "@/tests/site/site-map";

test("every control on the skills page can be reached by keyboard, with a visible focus ring", async ({ page }) => {
  await page.goto(relative("/skills/"));
  const { filter } = siteMessages();
  const focusable = [filter.search, filter.category, filter.level, filter.tag];
  const reached: string[] = [];
  // Every radar point and link before the filter is a stop on the way.
  const stops = 20 + contentPages().content.skills.length;
  for (let press = 0; press < stops && reached.length < focusable.length; press++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const label = element?.closest("label")?.firstChild?.textContent?.trim() ?? "";
      const outline = element ? getComputedStyle(element).outlineStyle : "none";
      return { label, outline };
    });
    if (focusable.includes(focused.label)) {
      expect(focused.outline, focused.label).not.toBe("none");
      reached.push(focused.label);
    }
  }
  expect(reached).toEqual(focusable);
});
