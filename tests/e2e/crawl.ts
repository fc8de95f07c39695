/**
 * Follows every href and src on every page of the export, starting from
 * `start`, and reports each one that does not answer 200 directly.
 */
import type { APIRequestContext } from "@playwright/test";
import { decode } from "./html";

export interface CrawlResult {
  pages: string[];
  broken: string[];
}

const ATTRIBUTE = /\s(?:href|src)="([^"]+)"/g;

export async function crawl(request: APIRequestContext, start: string, scope: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const queue: { url: string; from: string }[] = [{ url: start, from: "(start)" }];
  const seen = new Set([start]);
  const pages: string[] = [];
  const broken: string[] = [];
  while (queue.length) {
    const { url, from } = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${response.status()} ${url} (linked from ${from})`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    pages.push(url);
    const html = await response.text();
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const target = new URL(decode(raw!), url);
      target.hash = "";
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(scope)) {
        broken.push(`outside ${scope}: ${target.pathname} (linked from ${url})`);
        continue;
      }
      if (seen.has(target.href)) continue;
      seen.add(target.href);
      queue.push({ url: target.href, from: url });
    }
  }
  return { pages, broken };
}
