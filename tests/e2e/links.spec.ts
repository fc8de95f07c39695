import { expect, test } from "@playwright/test";
import { crawl } from "./crawl";
import { contentPages, served } from "./site-map";

test("a crawl of the whole export finds no broken internal link", async ({ request, baseURL }) => {
  const { records, tagPages } = contentPages();
  const { pages, broken } = await crawl(request, baseURL!, new URL(baseURL!).pathname);
  expect(broken).toEqual([]);
  const crawled = new Set(pages.map((page) => new URL(page).pathname));
  // Every record and tag page is reachable by following links from home.
  for (const path of [...records.map((record) => record.path), ...tagPages]) expect(crawled, path).toContain(served(path));
});
