import { remark } from "remark";
import remarkHtml from "remark-html";
import { sanitizerSwitch } from "./sanitizer-switch";

/**
 * Markdown body to HTML. The body is untrusted: remark-html sanitizes by
 * default (GitHub's rules), so raw HTML, event handlers and `javascript:`
 * links never reach the page. The only exception is the test-only switch in
 * sanitizer-switch.ts, which needs two variables set on purpose.
 */
const processor = remark().use(remarkHtml, { sanitize: !sanitizerSwitch(process.env).disabled });

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
