/**
 * A tiny hand-made export that every check of tests/export/checks/ passes:
 * a home page, one skill page, the 404 page, sitemap, robots.txt, preview
 * images. A self-test changes one thing in it and expects its check to say so.
 */
import { inlineScripts, sha256Source } from "@/lib/csp/inline-scripts";
import { preloadFontsInTime } from "@/lib/font-preload";

export const ORIGIN = "https://planted.example";
export const IDENTITY = { name: "Ada Example", locale: "en_GB" };
export const OWNER = { name: "Ada Example", headline: "Data engineer" };
export const INLINE_SCRIPT = "self.__next_f = [];";
export const CRITICAL_CSS = "body{margin:0}";
/** The stylesheet, fetched from the end of <body> (STYLESHEET_LINK) as on a page without a header in <main>, with a Latin and a Cyrillic font file. */
export const STYLESHEET = `@font-face{font-family:Sans;src:url(../media/latin.woff2);unicode-range:U+??,U+2000-206F}
@font-face{font-family:Sans;src:url(../media/cyrillic.woff2);unicode-range:U+0400-045F}body{margin:0;font-family:Sans}`;
/** The script the build writes in place of the Latin font's preload link (lib/font-preload.ts). */
export const FONT_PRELOAD = preloadFontsInTime('<link rel="preload" as="font" crossorigin="anonymous" href="/_next/static/media/latin.woff2">', () => 20_000);
export const FIRST_PAINT_HEAD = `<style>${CRITICAL_CSS}</style>
${FONT_PRELOAD}`;
export const STYLESHEET_LINK = '<link rel="stylesheet" href="/_next/static/css/site.css">';

export interface PlantedPage {
  path: string;
  title: string;
  h1: string;
  /** Extra markup inside <main>. */
  main?: string;
  /** Replaces the Content-Security-Policy meta. */
  policy?: string;
  /** Replaces the page's JSON-LD graph. */
  graph?: unknown;
  /** Tags to leave out of <head>, by name: "canonical", "og:image" … */
  without?: string[];
  /** `<html lang>`; the identity's locale when unset. */
  lang?: string;
  noindex?: boolean;
}

/** A PNG's signature and IHDR chunk: all a reader of its size needs. */
export function pngHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write("IHDR", 12, "latin1");
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function ownerGraph(path: string) {
  return {
    "@context": "https://schema.org",
    "@graph": [{ "@type": "Person", "@id": `${ORIGIN}/#owner`, name: OWNER.name, jobTitle: OWNER.headline, url: `${ORIGIN}${path}` }],
  };
}

export function plantedPage(page: PlantedPage): string {
  const url = `${ORIGIN}${page.path}`;
  const image = `${ORIGIN}/og/${page.path === "/" ? "home" : page.path.split("/").filter(Boolean).join("-")}.png`;
  const tags: [string, string][] = [
    ["canonical", `<link rel="canonical" href="${url}">`],
    ["description", `<meta name="description" content="About ${escapeHtml(page.title)}">`],
    ["og:title", `<meta property="og:title" content="${escapeHtml(page.title)}">`],
    ["og:description", `<meta property="og:description" content="About ${escapeHtml(page.title)}">`],
    ["og:url", `<meta property="og:url" content="${url}">`],
    ["og:site_name", `<meta property="og:site_name" content="${IDENTITY.name}">`],
    ["og:locale", `<meta property="og:locale" content="${IDENTITY.locale}">`],
    ["og:image", `<meta property="og:image" content="${image}">`],
    ["twitter:card", `<meta name="twitter:card" content="summary_large_image">`],
    ["twitter:image", `<meta name="twitter:image" content="${image}">`],
    ["twitter:image:alt", `<meta name="twitter:image:alt" content="${escapeHtml(page.title)}">`],
  ];
  const head = tags
    .filter(([name]) => !page.without?.includes(name))
    .filter(([name]) => !page.noindex || !["canonical", "og:url"].includes(name))
    .map(([, tag]) => tag);
  const policy =
    page.policy ??
    `default-src 'self'; script-src 'self' ${sha256Source(INLINE_SCRIPT)} ${sha256Source(inlineScripts(FONT_PRELOAD)[0]!.text)}; style-src 'self' ${sha256Source(CRITICAL_CSS)}; object-src 'none'; base-uri 'self'; form-action 'self'`;
  const graph = JSON.stringify(page.graph ?? ownerGraph(page.path)).replace(/</g, "\\u003c");
  return `<!DOCTYPE html><html lang="${page.lang ?? IDENTITY.locale.replace("_", "-")}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">${FIRST_PAINT_HEAD}
<title>${escapeHtml(page.title)}</title>${page.noindex ? '<meta name="robots" content="noindex">' : ""}${head.join("")}
<script src="/_next/static/chunks/main.js" async></script></head>
<body><nav aria-label="Main"><a href="/">Home</a> <a href="/skills/go/">Go</a></nav>
<main><h1>${escapeHtml(page.h1)}</h1>${page.main ?? ""}</main>
<script type="application/ld+json">${graph}</script><script>${INLINE_SCRIPT}</script>${STYLESHEET_LINK}</body></html>`;
}

export const HOME: PlantedPage = { path: "/", title: IDENTITY.name, h1: "Ada Example. Data engineer" };
export const SKILL: PlantedPage = { path: "/skills/go/", title: "Go · Ada Example", h1: "Go", main: '<img src="/images/go.webp" alt="Go gopher">' };
export const NOT_FOUND: PlantedPage = { path: "/404.html", title: "Not found · Ada Example", h1: "This page is not here", noindex: true };

/** The planted export: `changes` replace or remove (undefined) files of the good one. */
export function plantedExport(changes: Record<string, string | Buffer | undefined> = {}): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer | undefined> = {
    "index.html": plantedPage(HOME),
    "skills/go/index.html": plantedPage(SKILL),
    "404.html": plantedPage(NOT_FOUND),
    "_next/static/chunks/main.js": "",
    "_next/static/css/site.css": STYLESHEET,
    "_next/static/media/latin.woff2": "",
    "_next/static/media/cyrillic.woff2": "",
    "images/go.webp": "",
    "og/home.png": pngHeader(1200, 630),
    "og/skills-go.png": pngHeader(1200, 630),
    "og/404.html.png": pngHeader(1200, 630),
    "sitemap.xml": `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${ORIGIN}/</loc></url><url><loc>${ORIGIN}/skills/go/</loc></url></urlset>`,
    "robots.txt": `User-Agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`,
    ...changes,
  };
  return Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string | Buffer] => entry[1] !== undefined));
}
