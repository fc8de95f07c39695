/**
 * What a page's first paint waits for, read from the export: nothing but its
 * HTML. The page carries its critical CSS inline and fetches the stylesheet
 * without blocking (lib/critical-css.ts), runs no script in <head> that stops
 * the parser, and preloads only font files whose characters it shows, and
 * those only where the line can bring them in time (lib/font-preload.ts).
 */
import path from "node:path";
import type { Element, Root, Text } from "hast";
import { visit } from "unist-util-visit";
import type { ExportedPage, ExportedSite } from "@/tests/export/exported-site";
import { FAST_LINE, preloadedFonts } from "@/tests/export/font-preloads";
import { attribute, select, selectAll, textOf } from "@/tests/export/html";

type Range = [number, number];

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;

/** `U+0400-045F`, `U+20AC`, or with wildcards as minifiers write them: `U+??` is U+0000-00FF. */
function unicodeRanges(descriptor: string): Range[] {
  return descriptor.split(",").map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    return [Number.parseInt(from!.replace(/\?/g, "0"), 16), Number.parseInt(to!.replace(/\?/g, "F"), 16)];
  });
}

/** Each font file the site's stylesheets declare (as a path in the export) → the characters it covers, or undefined for all. */
function fontFiles(site: ExportedSite): Map<string, Range[] | undefined> {
  const files = new Map<string, Range[] | undefined>();
  for (const file of site.files.filter((name) => name.endsWith(".css"))) {
    for (const [, body] of (site.read(file)?.toString("utf8") ?? "").matchAll(FONT_FACE)) {
      const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(body!)?.[1];
      const ranges = /unicode-range\s*:\s*([^;]+)/i.exec(body!)?.[1];
      if (url) files.set(path.posix.join(path.posix.dirname(file), url), ranges ? unicodeRanges(ranges) : undefined);
    }
  }
  return files;
}

/** The code points of the text the page shows (scripts and styles are not shown). */
function shownCharacters(tree: Root): Set<number> {
  const characters = new Set<number>();
  visit(tree, "text", (node: Text, _index, parent) => {
    if (parent?.type === "element" && ["script", "style", "noscript"].includes((parent as Element).tagName)) return;
    for (const character of node.value) characters.add(character.codePointAt(0)!);
  });
  return characters;
}

function preloadProblems(page: ExportedPage, site: ExportedSite, fonts: Map<string, Range[] | undefined>): string[] {
  const shown = [...shownCharacters(page.tree)];
  // A preload link holds the first paint on every line, even one that cannot bring the font in time.
  const everyLine = selectAll('link[rel~="preload"][as="font"]', page.tree).map(
    (link) => `${page.url}: preloads ${attribute(link, "href")} on every line, which holds the first paint`,
  );
  const fileProblems = preloadedFonts(page.tree, FAST_LINE).flatMap((href) => {
    const file = href.slice(site.basePath.length).replace(/^\//, "");
    if (!fonts.has(file)) return [`${page.url}: preloads ${href}, which no stylesheet declares`];
    const ranges = fonts.get(file);
    const used = !ranges || shown.some((code) => ranges.some(([from, to]) => code >= from && code <= to));
    return used ? [] : [`${page.url}: preloads ${href}, but shows none of its characters`];
  });
  return [...everyLine, ...fileProblems];
}

/** Elements that draw nothing: a stylesheet link may stand before them without leaving anything unstyled. */
const NOT_DRAWN = new Set(["script", "link", "noscript", "template", "style"]);

/** Whether `element` is an inline script the browser runs, so the parser waits there for the stylesheets before it. */
function parserWaitsAt(element: Element | undefined): boolean {
  if (element?.tagName !== "script" || attribute(element, "src") !== undefined) return false;
  const type = attribute(element, "type") ?? "";
  return /^(text\/javascript)?$/i.test(type.trim()) && textOf(element) !== "";
}

/**
 * Of the stylesheet links in `body`, those the browser does not wait for before drawing what follows: a link
 * with drawn content after it, and no inline script right after it (lib/critical-css.ts) to stop the parser.
 */
function unstyledAfter(body: Element, stylesheets: readonly Element[]): Element[] {
  const links: Element[] = [];
  let pending: Element | undefined;
  visit(body, "element", (element: Element, index, parent) => {
    if (stylesheets.includes(element)) {
      const next = parent?.children.slice((index ?? 0) + 1).find((node): node is Element => node.type === "element");
      if (!parserWaitsAt(next)) pending ??= element;
    } else if (pending && !NOT_DRAWN.has(element.tagName)) {
      links.push(pending);
      pending = undefined;
    }
  });
  return links;
}

function blockingProblems(page: ExportedPage): string[] {
  const head = select("head", page.tree);
  const body = select("body", page.tree);
  const problems: string[] = [];
  // The browser draws nothing before a stylesheet in <head> has arrived (unless it is for print); one in <body>
  // it does not wait for. (Children of <head> only: a copy in <noscript> is for visitors without JavaScript.)
  const inHead = selectAll('head > link[rel~="stylesheet"]', page.tree);
  const inBody = body ? selectAll('link[rel~="stylesheet"]', body) : [];
  for (const link of inHead) {
    if (attribute(link, "media") !== "print") problems.push(`${page.url}: the stylesheet ${attribute(link, "href")} blocks the first paint`);
  }
  for (const link of body ? unstyledAfter(body, inBody) : []) {
    problems.push(
      `${page.url}: the content after the stylesheet ${attribute(link, "href")} is drawn unstyled until it arrives (no script after its link stops the parser)`,
    );
  }
  if ((inHead.length || inBody.length) && !select("style", head)) problems.push(`${page.url}: no critical CSS inline, so the first paint is unstyled`);
  for (const script of selectAll("script[src]", head)) {
    // `nomodule` scripts are for browsers without modules; the others neither fetch nor run them.
    const deferred = ["async", "defer", "noModule"].some((name) => attribute(script, name) !== undefined) || attribute(script, "type") === "module";
    if (!deferred) problems.push(`${page.url}: the script ${attribute(script, "src")} stops the parser`);
  }
  return problems;
}

export function firstPaintProblems(site: ExportedSite, pages: readonly ExportedPage[] = site.pages()): string[] {
  const fonts = fontFiles(site);
  return pages.flatMap((page) => [...blockingProblems(page), ...preloadProblems(page, site, fonts)]);
}
