/**
 * The inline scripts of an exported page, and which of them the policy may allow.
 *
 * The layout writes the theme and font scripts in <head>; on a page that
 * hydrates, Next.js adds its flight payload and bootstrap after </main>.
 * Those sit in <head> or after the layout's </main>. Inside <main> stands the
 * script that makes the parser wait for the stylesheet (lib/critical-css.ts),
 * which runs nothing. Anything else inline inside <main> comes from page
 * content, where the markdown sanitizer should have removed it: it is never
 * allowed, so that the policy still blocks it if the sanitizer fails.
 * (Text inside Next's payload cannot fake these boundaries: React escapes "<"
 * in the scripts it writes, so a "</main>" there reads "\u003c/main".)
 */
import { createHash } from "node:crypto";
import { STYLESHEET_WAIT } from "@/lib/critical-css";

export interface InlineScript {
  /** The text between <script …> and </script>, exactly as the browser hashes it. */
  text: string;
  /** Where it stands: written by the framework or the layout, or inside the page's content. */
  origin: "framework" | "content";
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Types a browser executes; others (application/ld+json) are data blocks that CSP does not govern. */
const EXECUTABLE_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i").exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}

/** Inline scripts that the browser would run, in document order, with where each one stands. */
export function inlineScripts(html: string): InlineScript[] {
  const headEnd = html.indexOf("</head>");
  const mainEnd = html.lastIndexOf("</main>");
  const scripts: InlineScript[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const [, attributes = "", text = ""] = match;
    if (attribute(attributes, "src") !== undefined) continue;
    if (!EXECUTABLE_TYPE.test((attribute(attributes, "type") ?? "").trim())) continue;
    const at = match.index;
    const framework = (headEnd >= 0 && at < headEnd) || (mainEnd >= 0 && at > mainEnd) || text === STYLESHEET_WAIT;
    scripts.push({ text, origin: framework ? "framework" : "content" });
  }
  return scripts;
}

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/**
 * The text of each <style> in the page's <head>: the critical CSS the build
 * inlines (lib/critical-css.ts). Styles elsewhere come from content, where the
 * sanitizer removes them; they are never allowed.
 */
export function headStyles(html: string): string[] {
  const headEnd = html.indexOf("</head>");
  return [...html.matchAll(STYLE)].filter((match) => match.index < headEnd).map(([, text = ""]) => text);
}

/** A CSP hash source for a script's or a style's text: `'sha256-…'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
