/**
 * Defence in depth: the hostile markdown in tests/fixtures/site, rendered with
 * the markdown sanitizer deliberately off and put in its built page in place
 * of the sanitized body, reaches the browser as written, and the page's
 * Content-Security-Policy alone keeps it from running. Runs against that
 * fixture's export only (playwright.config.ts), like fixture-site.spec.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import matter from "gray-matter";
import { fromHtml } from "hast-util-from-html";
import { bodyRenderer } from "@/lib/content/markdown";
import { attribute, selectAll, textOf } from "@/tests/export/html";
import { relative } from "@/tests/site/site-map";
import { cspViolations, watchCsp } from "./csp";
import { chooseTheme } from "./theme";

const PAYLOAD = "window.__pwned";

/** The fixture skill whose markdown carries the attack, found by its payload rather than by name. */
function hostileSkill(): { slug: string; file: string } {
  const folder = "tests/fixtures/site/skills";
  const name = readdirSync(folder).find((each) => readFileSync(path.join(folder, each), "utf8").includes(PAYLOAD));
  if (!name) throw new Error(`no skill in ${folder} carries the hostile markdown`);
  return { slug: path.basename(name, ".md"), file: path.join(folder, name) };
}

/** The built page, its sanitized body (the prose that shows the payload as text) replaced by the same markdown unsanitized. */
function withUnsanitizedBody(page: string, file: string): string {
  const body = selectAll(".prose", fromHtml(page)).find((element) => textOf(element).includes(PAYLOAD));
  const [first, last] = [body?.children[0], body?.children.at(-1)];
  if (!first?.position || !last?.position) throw new Error(`no body showing ${PAYLOAD} in the page built from ${file}`);
  const unsanitized = bodyRenderer({ sanitize: false })(matter(readFileSync(file, "utf8")).content, file).html;
  return page.slice(0, first.position.start.offset) + unsanitized + page.slice(last.position.end.offset);
}

test("with the sanitizer off, the policy blocks the injected inline script and event handler", async ({ page }) => {
  const { slug, file } = hostileSkill();
  const url = relative(`/skills/${slug}/`);
  await page.route(`**/skills/${slug}/`, async (route) => {
    const built = await route.fetch();
    const html = withUnsanitizedBody(await built.text(), file);
    // Otherwise this would prove nothing: the attack really is in the page, and the policy is the built one.
    const tree = fromHtml(html);
    // (Next's payload scripts hold the body too, as text: the hostile script is the one that starts with the payload.)
    expect(selectAll("script", tree).some((script) => textOf(script).trim().startsWith(PAYLOAD))).toBe(true);
    expect(selectAll("img[onerror]", tree).some((image) => attribute(image, "onError")?.includes(PAYLOAD))).toBe(true);
    expect(selectAll('meta[http-equiv="Content-Security-Policy"]', tree)).toHaveLength(1);
    await route.fulfill({ response: built, body: html });
  });
  await watchCsp(page);
  await page.goto(url, { waitUntil: "load" });

  const violations = await cspViolations(page);
  const blocked = (prefix: string) =>
    expect(
      violations.some((violation) => violation.startsWith(prefix)),
      `${prefix}\n${violations.join("\n")}`,
    ).toBe(true);
  blocked("script-src-elem blocked inline"); // <script>…</script>
  blocked("script-src-attr blocked inline"); // onerror="…"
  blocked("frame-src blocked https://example.com"); // <iframe>
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

  // The javascript: links do nothing either.
  for (const link of await page.locator('a[href^="javascript:"]').all()) await link.click();
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

  // The site's own inline scripts still run: they are allowed by hash (the theme button is one of them).
  await chooseTheme(page, "dark");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
});
