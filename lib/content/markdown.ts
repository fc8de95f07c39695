import { remark } from "remark";
import remarkHtml from "remark-html";

/**
 * Markdown body to HTML. The body is untrusted: remark-html sanitizes by
 * default (GitHub's rules), so raw HTML, event handlers and `javascript:`
 * links never reach the page. Never pass `sanitize: false`.
 */
const processor = remark().use(remarkHtml);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
