/**
 * Byte budgets of the export, checked on the files themselves (deterministic,
 * no timing): each route's first-load JavaScript, none where nothing hydrates,
 * and client components only on the routes that use them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import budget from "@/bench/budget.json" with { type: "json" };
import { exportedPages, firstLoad } from "@/bench/first-load";
import { HYDRATES_IN_HTML } from "@/lib/hydrates";
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
  { name: "posting matcher", marker: "tryExample", allowed: /^\/match\/$/ },
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

test("a page with no client component to hydrate loads none of the framework's files", () => {
  const hydrates = (file: string) => HYDRATES_IN_HTML.test(readFileSync(path.join(OUT, file), "utf8"));
  const loadsScripts = (file: string) => firstLoad(OUT, file, basePath).chunks.some((chunk) => chunk.startsWith("/_next/"));
  const files = exportedPages(OUT);
  expect(files.filter((file) => !hydrates(file) && loadsScripts(file))).toEqual([]);
  // The pages that hydrate still load their scripts, so the check above is not met by a site without any.
  expect(files.filter((file) => hydrates(file) && !loadsScripts(file))).toEqual([]);
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
    ["/match/", "tryExample"],
    ["/resume/", "orderedNoneNamed"],
  ]) {
    const page = pages.find((each) => each.route === route)!;
    expect(
      page.chunks.some((chunk) => text(chunk).includes(marker!)),
      `${route} ships ${marker}`,
    ).toBe(true);
  }
});
