/**
 * A site whose interface is not in English has no English interface text left:
 * no English message (from lib/i18n/en.ts, where it differs from the site's
 * language) as the text of a link, button, heading, label or option, as an
 * accessible name, title or placeholder, nor a longer one inside any text.
 * Every page of the sweep, for every content set in another language.
 */
import { expect, test } from "@playwright/test";
import { en } from "@/lib/i18n/en";
import { messagePattern, siteMessages } from "@/tests/site/messages";
import { relative, sweepPages } from "@/tests/site/site-map";

type Tree = { [key: string]: string | Tree };

const texts = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : texts(value)));

const ui = siteMessages();
const own = new Set(texts(ui as unknown as Tree));
const english = [...new Set(texts(en as unknown as Tree))].filter((text) => !own.has(text) && /\p{L}{2}/u.test(text.replace(/\{\w+\}/g, "")));
/** Whole-text patterns for short messages; long ones (four words or more) are also looked for inside text. */
const wholes = english.map((text) => messagePattern(text));
const insides = english
  .filter(
    (text) =>
      text
        .replace(/\{\w+\}/g, "")
        .trim()
        .split(/\s+/).length >= 4,
  )
  .map((text) => messagePattern(text, {}, { whole: false }));

test.skip(ui === en, "the interface is in English");

test("no English interface text is left on any page", async ({ page }) => {
  test.setTimeout(30_000 + sweepPages().length * 2_000);
  const leaks: string[] = [];
  for (const path of sweepPages()) {
    await page.goto(relative(path));
    const shown = await page.evaluate(() => {
      const elements = [...document.querySelectorAll("a, button, h1, h2, h3, label, option, legend, th, dt, summary, [role=status], title")];
      const attributes = [...document.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((element) =>
        ["aria-label", "title", "placeholder"].map((name) => element.getAttribute(name)).filter((value): value is string => Boolean(value)),
      );
      // The text as shown (innerText): not the scripts' and styles' source, which textContent would add.
      // biome-ignore lint/performance/useDomNodeTextContent: see above.
      return { pieces: [...elements.map((element) => element.textContent?.trim() ?? ""), ...attributes], body: document.body.innerText };
    });
    for (const piece of shown.pieces) if (wholes.some((pattern) => pattern.test(piece))) leaks.push(`${path}: "${piece}"`);
    for (const pattern of insides) if (pattern.test(shown.body)) leaks.push(`${path}: ${pattern.source}`);
  }
  expect(leaks).toEqual([]);
});
