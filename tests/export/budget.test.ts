/**
 * Byte budgets of the export, checked on the files themselves (deterministic,
 * no timing): each route's first-load JavaScript, and client components only
 * on the routes that use them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import budget from "@/bench/budget.json" with { type: "json" };
import { exportedPages, firstLoad } from "@/bench/first-load";
import { e2eSite } from "@/tests/site/site";
import { contentPages } from "@/tests/site/site-map";

const { out: OUT, basePath } = e2eSite();
const pages = exportedPages(OUT).map((page) => firstLoad(OUT, page, basePath));

/**
 * A string only that client code contains, and the routes allowed to load it up front. The words
 * the components show come from the page (lib/i18n), so the markers are what minifying keeps:
 * the names of the labels they read, and the browser APIs they call.
 */
const CLIENT_CODE = [
  { name: "skills filter", marker: "placeholderWithExample", allowed: /^\/skills\/$/ },
  { name: "posting matcher", marker: "tryExample", allowed: /^\/match\/$/ },
  { name: "copy-link button", marker: `"copied"`, allowed: /^\/(skills|projects|writing|publications|talks)\/[^/]+\/$/ },
  { name: "print button", marker: ".print()", allowed: /^\/resume\/$/ },
  { name: "posting order", marker: "orderedNoneNamed", allowed: /^\/resume\/$/ },
  { name: "matcher vocabulary (loaded on demand)", marker: "Terraform", allowed: /^$/ },
];

test("the export has a page to measure for every record", () => {
  expect(pages.length).toBeGreaterThan(contentPages().records.length);
});

test(`every route's first-load JavaScript is within ${budget.firstLoadGzipMax} bytes gzip`, () => {
  const over = pages.filter((page) => page.gzip > budget.firstLoadGzipMax).map((page) => `${page.route}: ${page.gzip} bytes`);
  expect(over).toEqual([]);
});

test("no route loads a client component it does not use", () => {
  const chunkText = new Map<string, string>();
  const text = (chunk: string) => {
    if (!chunkText.has(chunk)) chunkText.set(chunk, readFileSync(path.join(OUT, chunk), "utf8"));
    return chunkText.get(chunk)!;
  };
  const misplaced: string[] = [];
  for (const page of pages) {
    for (const { name, marker, allowed } of CLIENT_CODE) {
      if (!allowed.test(page.route) && page.chunks.some((chunk) => text(chunk).includes(marker))) misplaced.push(`${page.route} loads the ${name}`);
    }
  }
  expect(misplaced).toEqual([]);
  // The components are really shipped where they are used, so the markers above stay meaningful.
  for (const [route, marker] of [
    ["/skills/", "placeholderWithExample"],
    ["/match/", "tryExample"],
    ["/resume/", ".print()"],
    ["/resume/", "orderedNoneNamed"],
  ]) {
    const page = pages.find((each) => each.route === route)!;
    expect(
      page.chunks.some((chunk) => text(chunk).includes(marker!)),
      `${route} ships ${marker}`,
    ).toBe(true);
  }
});
