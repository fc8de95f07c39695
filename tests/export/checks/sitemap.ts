/** The sitemap and robots.txt: every listed URL is a page of the export, and every page a visitor should find is listed. */
import { fromHtml } from "hast-util-from-html";
import { decodedPath, type ExportedSite } from "@/tests/export/exported-site";
import { selectAll, textOf } from "@/tests/export/html";

/** The absolute URLs sitemap.xml lists, in order. */
export function sitemapUrls(site: ExportedSite): string[] {
  const xml = site.read("sitemap.xml");
  if (!xml) return [];
  return selectAll("loc", fromHtml(xml.toString("utf8"))).map((loc) => textOf(loc).trim());
}

/** `expected`: URL paths (base path included) that must be listed. */
export function sitemapProblems(site: ExportedSite, expected: readonly string[]): string[] {
  const urls = sitemapUrls(site);
  if (urls.length === 0) return ["sitemap.xml is missing or lists no URL"];
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const url of urls) {
    const { pathname } = new URL(url);
    listed.add(decodedPath(pathname));
    if (!site.pageAt(pathname)) problems.push(`sitemap lists ${url}, which is no page of the export`);
  }
  for (const path of expected) if (!listed.has(decodedPath(path))) problems.push(`sitemap does not list ${path}`);
  const robots = site.read("robots.txt")?.toString("utf8") ?? "";
  const sitemapLine = robots.split("\n").find((line) => line.startsWith("Sitemap: "));
  if (!sitemapLine?.trim().endsWith("/sitemap.xml")) problems.push("robots.txt does not point at sitemap.xml");
  return problems;
}
