/**
 * What a page's first paint waits for, read from the export: nothing but its
 * HTML. The page carries its critical CSS inline and fetches the stylesheet
 * without blocking (lib/critical-css.ts), runs no script in <head> that stops
 * the parser, preloads no font, and draws text at once while a font loads.
 */
import type { ExportedPage, ExportedSite } from "@/tests/export/exported-site";
import { attribute, select, selectAll, textOf } from "@/tests/export/html";

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;

/**
 * Font faces that hide text while their file loads: every face with a file
 * swaps (drawn at once in the fallback). The faces' files come from the
 * site's stylesheets and the critical CSS of each page.
 */
function hiddenTextProblems(source: string, where: string): string[] {
  return [...source.matchAll(FONT_FACE)].flatMap(([, body]) => {
    if (!/url\(/.test(body!)) return [];
    const display = /font-display\s*:\s*([\w-]+)/.exec(body!)?.[1] ?? "auto";
    const family = /font-family\s*:\s*([^;]+)/.exec(body!)?.[1]?.trim() ?? "a face";
    return display === "swap" ? [] : [`${where}: ${family} hides text while its file loads (font-display: ${display}, not swap)`];
  });
}

/** A preloaded font holds Chromium's first paint until it has arrived. */
function preloadProblems(page: ExportedPage): string[] {
  return selectAll('link[rel~="preload"][as="font"]', page.tree).map((link) => `${page.url}: preloads ${attribute(link, "href")}, which holds the first paint`);
}

function blockingProblems(page: ExportedPage): string[] {
  const head = select("head", page.tree);
  const problems: string[] = [];
  // Children of <head> only: the copy in <noscript> is for visitors without JavaScript, who get no critical CSS switch-over.
  const stylesheets = selectAll('head > link[rel~="stylesheet"]', page.tree);
  for (const link of stylesheets) {
    if (attribute(link, "media") !== "print") problems.push(`${page.url}: the stylesheet ${attribute(link, "href")} blocks the first paint`);
  }
  if (stylesheets.length && !select("style", head)) problems.push(`${page.url}: no critical CSS inline, so the first paint is unstyled`);
  for (const script of selectAll("script[src]", head)) {
    // `nomodule` scripts are for browsers without modules; the others neither fetch nor run them.
    const deferred = ["async", "defer", "noModule"].some((name) => attribute(script, name) !== undefined) || attribute(script, "type") === "module";
    if (!deferred) problems.push(`${page.url}: the script ${attribute(script, "src")} stops the parser`);
  }
  return problems;
}

export function firstPaintProblems(site: ExportedSite, pages: readonly ExportedPage[] = site.pages()): string[] {
  const stylesheets = site.files.filter((file) => file.endsWith(".css")).flatMap((file) => hiddenTextProblems(site.read(file)?.toString("utf8") ?? "", file));
  const inPages = pages.flatMap((page) => [
    ...blockingProblems(page),
    ...preloadProblems(page),
    ...selectAll("head style", page.tree).flatMap((style) => hiddenTextProblems(textOf(style), page.url)),
  ]);
  return [...stylesheets, ...inPages];
}
