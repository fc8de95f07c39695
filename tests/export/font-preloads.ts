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

type FaceStatus = "unloaded" | "loading" | "loaded" | "error";

/** A face in `document.fonts` as the first frame that lays out text finds it, and (`aMomentLater`) a moment later. */
export interface FaceState {
  family: string;
  status: FaceStatus;
  aMomentLater?: FaceStatus;
  unicodeRange?: string;
  weight?: string;
  style?: string;
}

/**
 * Plays `text` in a page whose localStorage is `storage` (kept between visits); every file it asks for
 * arrives. With `faces`, the browser has `document.fonts` and the first frame finds them so.
 */
function visit(text: string, line: Line, storage: Map<string, string>, faces?: FaceState[]): FontVisit {
  const added: CreatedLink[] = [];
  const onLoad: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const classes = new Set<string>();
  const described = faces?.map((face) => ({ unicodeRange: "U+0-10FFFF", weight: "normal", style: "normal", ...face }));
  const document = {
    createElement: (): CreatedLink => ({
      getAttribute(this: CreatedLink) {
        return this.href;
      },
    }),
    head: { appendChild: (link: CreatedLink) => added.push(link) },
    documentElement: { classList: { add: (name: string) => classes.add(name) }, offsetWidth: 0 },
    fonts: described && { forEach: (each: (face: FaceState) => void) => described.forEach(each) },
    readyState: "interactive",
  };
  const localStorage = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) };
  const addEventListener = (type: string, listener: () => void) => type === "load" && onLoad.push(listener);
  const requestAnimationFrame = (callback: () => void) => frames.push(callback);
  const setTimeout = (callback: () => void) => timers.push(callback);
  vm.runInNewContext(text, { document, localStorage, addEventListener, requestAnimationFrame, setTimeout, navigator: { connection: line } });
  frames[0]?.();
  for (const face of described ?? []) face.status = face.aMomentLater ?? face.status;
  for (const timer of timers) timer();
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

/** A visit to a parsed page on `line`, by a browser whose localStorage is `storage`, whose first frame finds `faces` (if given). */
export function fontVisit(tree: Root, line: Line, storage = new Map<string, string>(), faces?: FaceState[]): FontVisit {
  const visits = preloadScripts(tree).map((text) => visit(text, line, storage, faces));
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
