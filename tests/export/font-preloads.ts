/** Runs a page's font-preload script (lib/font-preload.ts) on a line as the browser reports it, and says what it fetches and when. */
import vm from "node:vm";
import type { Root } from "hast";
import { FONT_FALLBACK_CLASS } from "@/lib/look/fonts";
import { selectAll, textOf } from "@/tests/export/html";

/** `navigator.connection` as Chromium reports it (rtt in ms, downlink in Mbit/s), or undefined where there is none. */
export type Line = { rtt: number; downlink: number; saveData?: boolean } | undefined;

export const FAST_LINE: Line = { rtt: 25, downlink: 10 };
/** What Chromium reports under the benchmark's phone throttling (150 ms, 1.6 Mbit/s). */
export const PHONE_LINE: Line = { rtt: 150, downlink: 1.7 };

/** One visit as the script plays it: what it preloads before the first paint, whether the page keeps its fallback face, and what it fetches once loaded. */
export interface FontVisit {
  preloaded: string[];
  fallback: boolean;
  afterLoad: string[];
}

interface CreatedLink {
  rel?: string;
  as?: string;
  crossOrigin?: string;
  href?: string;
  onload?: (this: CreatedLink) => void;
  getAttribute(name: "href"): string | undefined;
}

/** Plays `text` in a page whose localStorage is `storage` (kept between visits); every file it asks for arrives. */
function visit(text: string, line: Line, storage: Map<string, string>): FontVisit {
  const added: CreatedLink[] = [];
  const onLoad: (() => void)[] = [];
  const classes = new Set<string>();
  const document = {
    createElement: (): CreatedLink => ({
      getAttribute(this: CreatedLink) {
        return this.href;
      },
    }),
    head: { appendChild: (link: CreatedLink) => added.push(link) },
    documentElement: { classList: { add: (name: string) => classes.add(name) } },
  };
  const localStorage = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) };
  const addEventListener = (type: string, listener: () => void) => type === "load" && onLoad.push(listener);
  const requestAnimationFrame = () => 0;
  vm.runInNewContext(text, { document, localStorage, addEventListener, requestAnimationFrame, navigator: { connection: line } });
  const fonts = (rel: string) => added.filter((link) => link.rel === rel && link.as === "font" && link.crossOrigin === "anonymous");
  const preloaded = fonts("preload").map((link) => link.href!);
  for (const listener of onLoad) listener();
  const afterLoad = fonts("prefetch");
  for (const link of added) link.onload?.call(link);
  return { preloaded, fallback: classes.has(FONT_FALLBACK_CLASS), afterLoad: afterLoad.map((link) => link.href!) };
}

const preloadScripts = (tree: Root) =>
  selectAll("head script", tree)
    .map((script) => textOf(script))
    .filter((text) => text.includes("navigator.connection"));

/** A visit to a parsed page on `line`, by a browser whose localStorage is `storage`. */
export function fontVisit(tree: Root, line: Line, storage = new Map<string, string>()): FontVisit {
  const visits = preloadScripts(tree).map((text) => visit(text, line, storage));
  return {
    preloaded: visits.flatMap((one) => one.preloaded),
    fallback: visits.some((one) => one.fallback),
    afterLoad: visits.flatMap((one) => one.afterLoad),
  };
}

/** The font files a parsed page preloads on `line`, before its first paint, on a first visit. */
export function preloadedFonts(tree: Root, line: Line): string[] {
  return fontVisit(tree, line).preloaded;
}
