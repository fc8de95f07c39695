/**
 * The Content-Security-Policy each exported page carries (scripts/add-csp.ts):
 * it is strict, it stands before any script and allows every inline script
 * of its page by hash, on every page; the site still works under it, with not
 * one violation reported across the sweep's pages in both themes, and while a
 * visitor uses everything that runs in the browser.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { cspViolations, watchCsp } from "./csp";
import { contentPages, exportedFile, literal, relative, served, sweepPages } from "./site-map";

const { content } = contentPages();

/** Every page a visitor can land on: the sitemap's, on the test server, and a missing one (the 404 page). */
async function everyPage(page: Page): Promise<string[]> {
  const sitemap = await (await page.request.get(relative("/sitemap.xml"))).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  expect(paths.length).toBeGreaterThan(0);
  return [...paths.map((path) => `.${path.slice(served("").length)}`), relative("/no-such-page/")];
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

test("every page carries a strict policy before its first script", async ({ page }) => {
  const problems: string[] = [];
  const urls = await everyPage(page);
  test.setTimeout(30_000 + urls.length * 500);
  for (const url of urls) {
    const html = await (await page.request.get(url)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html);
    if (!meta) {
      problems.push(`${url}: no Content-Security-Policy meta`);
      continue;
    }
    if (html.indexOf("<script") < meta.index) problems.push(`${url}: a script comes before the policy`);
    const policy = directives(meta[1]!);
    const scriptSources = policy.get("script-src") ?? [];
    if (scriptSources[0] !== "'self'" || !scriptSources.slice(1).every((source) => /^'sha256-[\w+/=]+'$/.test(source))) {
      problems.push(`${url}: script-src is "${scriptSources.join(" ")}"`);
    }
    for (const [name, expected] of Object.entries({
      "default-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "form-action": "'self'",
      "style-src": "'self'",
    })) {
      if (policy.get(name)?.join(" ") !== expected) problems.push(`${url}: ${name} is "${policy.get(name)?.join(" ")}", expected "${expected}"`);
    }
    if (/unsafe-/.test(meta[1]!)) problems.push(`${url}: policy allows something unsafe`);
    // Every inline script the page carries is allowed by its hash, so the browser sweep below can sample pages.
    for (const [, body] of html.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash("sha256").update(body!).digest("base64")}'`;
      if (!scriptSources.includes(hash)) problems.push(`${url}: an inline script's hash ${hash} is not in the policy`);
    }
  }
  expect(problems).toEqual([]);
});

for (const theme of ["light", "dark"] as const) {
  test(`no page reports a policy violation in the ${theme} theme`, async ({ page }) => {
    await watchCsp(page);
    await page.emulateMedia({ colorScheme: theme });
    // The stored choice makes the inline theme script take its other branch.
    await page.addInitScript((stored) => localStorage.setItem("theme", stored), theme);
    const urls = sweepPages().map(relative);
    test.setTimeout(30_000 + urls.length * 1_500);
    const report: string[] = [];
    for (const url of urls) {
      const before = (await cspViolations(page, { settle: false })).length;
      await page.goto(url, { waitUntil: "load" });
      // Next's inline bootstrap ran (it would be blocked without its hash), and so did the theme script.
      const ran = await page.evaluate(() => ({ next: Array.isArray((self as { __next_f?: unknown }).__next_f), theme: document.documentElement.className }));
      expect(ran.next, url).toBe(true);
      expect(ran.theme, url).toMatch(new RegExp(`\\b${theme}\\b`));
      report.push(...(await cspViolations(page, { settle: false })).slice(before).map((violation) => `${url}: ${violation}`));
    }
    // A report that arrives after its page was left still counts.
    report.push(...(await cspViolations(page)).slice(report.length).map((violation) => `(late) ${violation}`));
    expect(report).toEqual([]);
  });
}

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

test("the header set for static hosts is published with the site", () => {
  // Netlify and Cloudflare Pages read _headers from the published folder; deploy/nginx.conf mirrors it.
  const published = exportedFile(served("/_headers"));
  expect(existsSync(published), published).toBe(true);
  expect(readFileSync(published, "utf8")).toBe(readFileSync("public/_headers", "utf8"));
});
