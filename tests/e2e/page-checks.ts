/**
 * Checks of the page a browser has open, for the sweep over every page
 * (sweep.spec.ts) and its self-test (page-checks.self-test.spec.ts). Each
 * returns what it found, as lines naming the page; none throws.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The page is wider than the window: a visitor would scroll sideways. The numbers are read inside the page; a DOM node cannot leave it. */
export async function overflowProblems(page: Page, where: string): Promise<string[]> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return scrollWidth > clientWidth ? [`${where}: ${scrollWidth}px wide in a ${clientWidth}px window`] : [];
}

/** Rules whose outcome depends on colour: all that can change between the light and the dark theme. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * What axe-core finds, rule by rule, with the elements it found it on; every
 * rule, or only `rules`. Legacy mode runs axe in the page itself instead of
 * finishing in a second blank page: a third faster, and our pages have no
 * frames that would need the other way.
 */
export async function axeProblems(page: Page, where: string, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map((violation) => `${where}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}
