/** Just enough HTML reading for the tests that check what crawlers see. */

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) result[name!.toLowerCase()] = decode(value!);
  return result;
}

export function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** `og:title`, `description`, `twitter:card` ... → content. */
export function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const { property, name, content } = attributes(tag);
    const key = property ?? name;
    if (key && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

export function canonical(html: string): string | undefined {
  const tag = /<link\s[^>]*rel="canonical"[^>]*>/.exec(html)?.[0];
  return tag ? attributes(tag).href : undefined;
}

export function title(html: string): string | undefined {
  const text = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return text === undefined ? undefined : decode(text);
}

export function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json!));
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
