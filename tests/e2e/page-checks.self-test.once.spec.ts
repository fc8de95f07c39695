/**
 * Self-tests of the sweep's page checks: each passes a clean page and reports
 * a defect planted in another, so a sweep that finds nothing has looked. The
 * pages are served from memory at an address of their own.
 */
import { expect, type Page, test } from "@playwright/test";
import { cspViolations, watchCsp } from "./csp";
import { axeProblems, COLOUR_RULES, overflowProblems } from "./page-checks";

const PLANTED = "http://planted.test";

async function open(page: Page, body: string, head = ""): Promise<void> {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Planted</title>${head}</head><body><main><h1>Planted</h1>${body}</main></body></html>`;
  await page.route(`${PLANTED}/**`, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(`${PLANTED}/`);
}

test("the overflow check passes a page that fits, and reports one wider than a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, "<p>Fits.</p>");
  expect(await overflowProblems(page, "fits")).toEqual([]);
  await open(page, `<pre style="white-space: pre">${"x".repeat(200)}</pre>`);
  expect(await overflowProblems(page, "wide")).toEqual([expect.stringMatching(/^wide: \d+px wide in a 390px window$/)]);
});

test("the axe check passes a clean page, and reports an image with no text alternative", async ({ page }) => {
  await open(page, "<p>Clean.</p>");
  expect(await axeProblems(page, "clean")).toEqual([]);
  await open(page, '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">');
  expect(await axeProblems(page, "planted")).toEqual([expect.stringMatching(/^planted: image-alt /)]);
});

test("the axe check reports a link whose accessible name leaves out the words it shows (a cut-short radar name must still be named as shown)", async ({
  page,
}) => {
  await open(page, '<a href="/elsewhere" aria-label="Something else">Visible words</a>');
  expect(await axeProblems(page, "planted")).toEqual([expect.stringMatching(/^planted: label-content-name-mismatch /)]);
});

test("the colour rules, run again after the theme switches in place, find text that only the dark theme makes unreadable", async ({ page }) => {
  const style = "<style>@media (prefers-color-scheme: dark) { body { background: #000; } p { color: #222; } }</style>";
  await page.emulateMedia({ colorScheme: "light" });
  await open(page, "<p>Readable in light, not in dark.</p>", style);
  expect(await axeProblems(page, "light")).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await axeProblems(page, "dark", COLOUR_RULES)).toEqual([expect.stringMatching(/^dark: color-contrast /)]);
});

test("the policy listener reports an inline script the policy blocks, and nothing on a page within it", async ({ page }) => {
  await watchCsp(page);
  const policy = `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`;
  await open(page, "<p>No script.</p>", policy);
  expect(await cspViolations(page)).toEqual([]);
  await open(page, "<script>window.ran = true</script>", policy);
  // Chromium reports it twice: the event, and a console message.
  expect(await cspViolations(page)).toEqual([
    expect.stringMatching(/^console: .*violates .*Content Security Policy/),
    expect.stringMatching(/^script-src-elem blocked inline/),
  ]);
});
