/** Writes a page's Content-Security-Policy into its <head>, before anything the policy governs. */
import { headStyles, inlineScripts, sha256Source } from "./inline-scripts";
import { pagePolicy } from "./policy";

export interface PageCsp {
  html: string;
  policy: string;
  /** Inline scripts inside the page's content: not allowed by the policy (the sanitizer should have removed them). */
  blockedContentScripts: number;
}

const EXISTING_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/gi;
/** <head>, then the charset declaration when it comes first (it must stay within the first 1024 bytes). */
const HEAD_START = /<head(?:\s[^>]*)?>(?:\s*<meta\s+charset=[^>]*>)?/i;
const IMAGE_SRC = /<img\b[^>]*?\ssrc="(https?:\/\/[^"]+)"/gi;

/** Origins of absolute image URLs on the page (markdown may show images from elsewhere). */
function imageOrigins(html: string): string[] {
  const origins = new Set<string>();
  for (const [, src] of html.matchAll(IMAGE_SRC)) {
    try {
      origins.add(new URL(src!.replace(/&amp;/g, "&")).origin);
    } catch {
      // Not a URL the browser would load either.
    }
  }
  return [...origins];
}

/**
 * The page with its policy as the first element after the charset. Running it
 * again on its own output gives the same bytes (an existing policy is replaced).
 */
export function applyPageCsp(original: string): PageCsp {
  const html = original.replace(EXISTING_META, "");
  const head = HEAD_START.exec(html);
  if (!head) throw new Error("no <head> to put the Content-Security-Policy in");
  const scripts = inlineScripts(html);
  const policy = pagePolicy({
    scriptHashes: scripts.filter((script) => script.origin === "framework").map((script) => sha256Source(script.text)),
    styleHashes: headStyles(html).map(sha256Source),
    imageOrigins: imageOrigins(html),
  });
  const at = head.index + head[0].length;
  return {
    html: `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}"/>${html.slice(at)}`,
    policy,
    blockedContentScripts: scripts.filter((script) => script.origin === "content").length,
  };
}
