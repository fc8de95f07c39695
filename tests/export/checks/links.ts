/**
 * Follows every link and asset of every page, starting from home, as a link
 * checker does: each must answer directly (no 404, no redirect) and stay
 * under the base path. Absolute URLs on the site's own public address count
 * as internal.
 */
import type { Element } from "hast";
import { decodedPath, type ExportedSite } from "@/tests/export/exported-site";
import { selectAll } from "@/tests/export/html";

export interface CrawlResult {
  /** URL paths of the pages reached, decoded ("/tags/日本語/"). */
  pages: Set<string>;
  broken: string[];
}

/** Any origin will do for resolving relative links: only paths are compared. */
const LOCAL = "http://export.invalid";

function targets(element: Element): string[] {
  const { href, src, srcSet } = element.properties;
  // A srcset is "url 400w, url 800w": each candidate is a URL and a descriptor.
  const candidates = typeof srcSet === "string" ? srcSet.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!) : [];
  return [href, src, ...candidates].filter((value): value is string => typeof value === "string" && value !== "");
}

export function crawlExport(site: ExportedSite, publicOrigin?: string): CrawlResult {
  const start = `${site.basePath}/`;
  const queue = [{ path: start, from: "(start)" }];
  const seen = new Set([start]);
  const result: CrawlResult = { pages: new Set(), broken: [] };
  while (queue.length) {
    const { path, from } = queue.shift()!;
    const file = site.fileAt(path);
    if (!file) {
      result.broken.push(`404 ${path} (linked from ${from})`);
      continue;
    }
    if (!file.endsWith(".html")) continue;
    const page = site.pageAt(path)!;
    result.pages.add(decodedPath(path));
    for (const element of selectAll("[href], [src], [srcset]", page.tree)) {
      for (const raw of targets(element)) {
        const url = new URL(raw, `${LOCAL}${path}`);
        if (url.protocol !== "http:" && url.protocol !== "https:") continue;
        if (url.origin !== LOCAL && url.origin !== publicOrigin) continue;
        if (url.pathname !== site.basePath && !url.pathname.startsWith(`${site.basePath}/`)) {
          result.broken.push(`outside ${site.basePath || "/"}: ${url.pathname} (linked from ${path})`);
          continue;
        }
        if (seen.has(decodedPath(url.pathname))) continue;
        seen.add(decodedPath(url.pathname));
        queue.push({ path: url.pathname, from: path });
      }
    }
  }
  return result;
}
