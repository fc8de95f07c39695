/** The post-build step that puts each page's critical CSS inline and loads the stylesheet without blocking. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { afterEach, describe, expect, it } from "vitest";
import { inlineCriticalCss, matchableSelector, STYLESHEET_WAIT } from "@/lib/critical-css";
import { FAST_LINE, preloadedFonts } from "@/tests/export/font-preloads";
import { attribute, select, selectAll, textOf } from "@/tests/export/html";

describe("matchableSelector", () => {
  it("reads Tailwind Typography's selectors for the element they style", () => {
    expect(matchableSelector('.prose :where(p):not(:where([class~="not-prose"],[class~="not-prose"] *))')).toBe(".prose p");
    expect(matchableSelector(".prose :where(ul>li):not(:where(.not-prose *))")).toBe("ul>li");
    expect(matchableSelector(".prose :where(.prose>:first-child):not(:where(.not-prose *))")).toBe(".prose>:first-child");
  });

  it("drops a list of alternatives whole, keeping the rule whenever the rest matches", () => {
    expect(matchableSelector(".dark\\:bg-x:where(.dark, .dark *)")).toBe(".dark\\:bg-x");
    expect(matchableSelector(".prose :where(h1,h2)")).toBe(".prose ");
  });

  it("keeps a combinator inside a pseudo-class joined to another selector from narrowing it", () => {
    expect(matchableSelector(".a:is(.b .c)")).toBe(".a");
    expect(matchableSelector(".a:is(.b)")).toBe(".a.b");
  });
});

const CSS = `@font-face{font-family:Sans;src:url(../media/latin.woff2);unicode-range:U+0000-00FF}
@font-face{font-family:Sans;src:url(../media/cyrillic.woff2);unicode-range:U+0400-045F}
body{font-family:Sans}.used{color:red}.unused{color:blue}.dark\\:used:where(.dark,.dark *){color:white}
.prose :where(p):not(:where(.not-prose *)){margin:1em}.prose :where(table):not(:where(.not-prose *)){width:100%}
html.dark{color-scheme:dark}html.font-fallback{font-family:Sans Fallback}`;

const page = (text: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="preconnect" href="/" crossOrigin=""/>` +
  `<link rel="stylesheet" href="/_next/static/css/site.css" data-precedence="next"></head>` +
  `<body><p class="used dark:used">${text}</p><div class="prose"><p>Prose</p></div></body></html>`;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A page with a first screen (the header opening <main>) and a section below it. */
const pageWithFirstScreen = (later: string) =>
  page("").replace(
    /<body>.*<\/body>/,
    `<body><main><header><p class="used">Top</p></header><section class="unused">${later}</section></main><footer>End</footer><script src="/site.js" defer></script></body>`,
  );

async function processed(text: string, html = page(text)) {
  const dir = mkdtempSync(path.join(tmpdir(), "critical-css-"));
  made.push(dir);
  mkdirSync(path.join(dir, "_next/static/css"), { recursive: true });
  mkdirSync(path.join(dir, "_next/static/media"), { recursive: true });
  writeFileSync(path.join(dir, "_next/static/css/site.css"), CSS);
  for (const font of ["latin", "cyrillic"]) writeFileSync(path.join(dir, `_next/static/media/${font}.woff2`), Buffer.alloc(10_000));
  writeFileSync(path.join(dir, "index.html"), html);
  await inlineCriticalCss(dir, "");
  return fromHtml(readFileSync(path.join(dir, "index.html"), "utf8"));
}

describe("inlineCriticalCss", () => {
  it("inlines the rules the page's elements use, the dark theme's among them, and no others", async () => {
    const css = textOf(select("head style", await processed("Hello"))!);
    expect(css).toContain(".used{color:red}");
    expect(css).toContain(".dark\\:used");
    expect(css).toContain("html.dark{color-scheme:dark}");
    expect(css).toContain("html.font-fallback{font-family:Sans Fallback}");
    expect(css).toMatch(/\.prose :where\(p\)/);
    expect(css).not.toContain(".unused");
    expect(css).not.toContain("table");
  });

  it("fetches the stylesheet from the end of <body>, after everything the page shows, with no script to switch it on", async () => {
    const tree = await processed("Hello");
    expect(selectAll('head link[rel="stylesheet"]', tree)).toEqual([]);
    const body = select("body", tree)!;
    const last = body.children.filter((child): child is Element => child.type === "element").at(-1);
    expect(attribute(last, "href")).toBe("/_next/static/css/site.css");
    expect(attribute(last, "media")).toBeUndefined();
    expect(selectAll("body script, noscript", tree)).toEqual([]);
  });

  it("drops Next's preconnect to the page's own origin, which ignores the base path", async () => {
    expect(selectAll('link[rel="preconnect"]', await processed("Hello"))).toEqual([]);
  });

  it("declares inline the font faces the page's text uses, so the first paint draws in them or their fallback", async () => {
    const css = textOf(select("head style", await processed("Hello"))!);
    expect(css).toMatch(/@font-face\{font-family:Sans;src:url\([^)]*latin\.woff2\)/);
    expect(css).not.toContain("cyrillic.woff2");
  });

  it("preloads, where they can arrive in time, only the font files whose characters the page shows", async () => {
    const preloads = async (text: string) => {
      const tree = await processed(text);
      expect(selectAll('link[rel="preload"][as="font"]', tree)).toEqual([]);
      return preloadedFonts(tree, FAST_LINE);
    };
    expect(await preloads("Hello")).toEqual(["/_next/static/media/latin.woff2"]);
    expect(await preloads("Привет")).toContain("/_next/static/media/cyrillic.woff2");
    expect(await preloads('Hello<script>self.__next_f.push([1,"Привет"])</script>')).toEqual(["/_next/static/media/latin.woff2"]);
    expect(await preloads('<img alt="Привет" src="/a.png">')).toContain("/_next/static/media/cyrillic.woff2");
    expect(await preloads("Hi &#x41F; &amp;")).toContain("/_next/static/media/cyrillic.woff2");
  });

  it("on a page with a header opening <main>, inlines only that first screen's CSS and makes the parser wait for the stylesheet after it", async () => {
    const tree = await processed("", pageWithFirstScreen("Привет"));
    const css = textOf(select("head style", tree)!);
    expect(css).toContain(".used{color:red}");
    expect(css).not.toContain(".unused");
    // The font files are the whole page's: a visit fetches every file the page draws with, below the first screen too.
    expect(preloadedFonts(tree, FAST_LINE)).toEqual(["/_next/static/media/latin.woff2", "/_next/static/media/cyrillic.woff2"]);
    const main = select("main", tree)!;
    const [header, link, wait, ...rest] = main.children.filter((child): child is Element => child.type === "element");
    expect(header?.tagName).toBe("header");
    expect([attribute(link, "rel"), attribute(link, "href")]).toEqual(["stylesheet", "/_next/static/css/site.css"]);
    expect([wait?.tagName, attribute(wait, "src"), textOf(wait!)]).toEqual(["script", undefined, STYLESHEET_WAIT]);
    expect(rest.map((element) => [element.tagName, textOf(element)])).toEqual([["section", "Привет"]]);
    expect(selectAll('link[rel="stylesheet"]', tree)).toHaveLength(1);
    expect(textOf(select("footer", tree)!)).toBe("End");
    expect(selectAll('script[src="/site.js"]', tree)).toHaveLength(1);
  });

  it("on a page React hydrates, which takes out of <main> what it did not render, links the stylesheet at the end of <body>", async () => {
    const tree = await processed("", pageWithFirstScreen("Later").replace("<section", "<section data-hydrate"));
    expect(selectAll('main link[rel="stylesheet"], main script', tree)).toEqual([]);
    const body = select("body", tree)!;
    const last = body.children.filter((child): child is Element => child.type === "element").at(-1);
    expect(attribute(last, "href")).toBe("/_next/static/css/site.css");
  });
});
