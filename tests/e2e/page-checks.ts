/**
 * Checks of the page a browser has open, for the sweep over every page
 * (sweep.spec.ts) and its self-test (page-checks.self-test.once.spec.ts). Each
 * returns what it found, as lines naming the page; none throws.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * What axe-core finds, rule by rule, with the elements it found it on; every
 * rule, or only `rules`. axe is put into the page once (Playwright's evaluate
 * is not bound by the page's policy) and run there as often as needed, so a
 * second run in the other theme costs no second injection. Only violations
 * are collected: describing every passing node is a fifth of axe's time.
 */
export async function axeProblems(page: Page, where: string, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { resultTypes: ["violations"], ...(rules && { runOnly: { type: "rule", values: rules } }) };
  const { violations } = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  return violations.map((violation) => `${where}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}
