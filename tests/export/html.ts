/** Reading a parsed page as crawlers and previews do: its head's tags, its headings, its JSON-LD. */
import type { Element, Root } from "hast";
import { select, selectAll } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";

export { select, selectAll, textOf };

const attribute = (element: Element | undefined, name: string): string | undefined => {
  const value = element?.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(" ") : String(value);
};

export { attribute };

/** `og:title`, `description`, `twitter:card` … → content; the first of each wins, as scrapers read them. */
export function metaTags(tree: Root): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of selectAll("meta", tree)) {
    const key = attribute(meta, "property") ?? attribute(meta, "name");
    const content = attribute(meta, "content");
    if (key && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

export function canonical(tree: Root): string | undefined {
  return attribute(select('link[rel="canonical"]', tree), "href");
}

/** The page's language, as `<html lang>` declares it to screen readers and translators. */
export function language(tree: Root): string | undefined {
  return attribute(select("html", tree), "lang");
}

export function title(tree: Root): string | undefined {
  const element = select("head title", tree);
  return element ? textOf(element) : undefined;
}

/** The page's JSON-LD documents, parsed; a document that is not JSON is reported as its error. */
export function jsonLd(tree: Root): unknown[] {
  return selectAll('script[type="application/ld+json"]', tree).map((script) => {
    try {
      return JSON.parse(textOf(script));
    } catch (error) {
      return new Error(`JSON-LD is not JSON: ${(error as Error).message}`);
    }
  });
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
