/**
 * The Content-Security-Policy every exported page carries in a <meta> tag.
 *
 * Only what the site uses is allowed: its own scripts (files from 'self' and
 * the page's own inline scripts by hash; no 'unsafe-inline', no 'unsafe-eval'),
 * its own stylesheet and the page's critical CSS by hash (no inline style
 * attributes: components use classes), its own
 * fonts and images (plus the origins of images the page's content shows), and
 * fetches to itself (Next's client navigation). Nothing is framed, no plugins,
 * no <base> elsewhere, forms only to itself.
 *
 * Directives that a <meta> policy ignores (frame-ancestors, report-uri,
 * sandbox) are sent as headers instead: see deploy/nginx.conf and public/_headers.
 */
export interface PagePolicyInput {
  /** Hash sources of the inline scripts the page may run, like `'sha256-…'`. */
  scriptHashes: readonly string[];
  /** Hash sources of the page's inline <style> elements (its critical CSS). */
  styleHashes?: readonly string[];
  /** Other origins the page's images come from, like `https://images.example`. */
  imageOrigins?: readonly string[];
}

export function pagePolicy({ scriptHashes, styleHashes = [], imageOrigins = [] }: PagePolicyInput): string {
  const unique = (values: readonly string[]) => [...new Set(values)];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...unique(scriptHashes)],
    ["style-src", "'self'", ...unique(styleHashes)],
    ["img-src", "'self'", ...unique(imageOrigins).sort()],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["frame-src", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map((sources) => sources.join(" ")).join("; ");
}
