/**
 * Content-Security-Policy violations a page reports, kept across navigations:
 * each `securitypolicyviolation` event, and each console message in which
 * Chromium reports one.
 */
import type { Page } from "@playwright/test";

const reports = new WeakMap<Page, string[]>();

export async function watchCsp(page: Page): Promise<void> {
  const seen: string[] = [];
  reports.set(page, seen);
  await page.exposeFunction("__reportCspViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`.trim());
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
}

/** What the page has reported so far; by default after letting pending reports arrive. */
export async function cspViolations(page: Page, { settle = true } = {}): Promise<string[]> {
  if (settle) await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  return [...(reports.get(page) ?? [])];
}
