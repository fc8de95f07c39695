/** Runs a page's font-preload script (lib/font-preload.ts) on a line as the browser reports it, and says what it preloads. */
import vm from "node:vm";
import type { Root } from "hast";
import { selectAll, textOf } from "@/tests/export/html";

/** `navigator.connection` as Chromium reports it (rtt in ms, downlink in Mbit/s), or undefined where there is none. */
export type Line = { rtt: number; downlink: number; saveData?: boolean } | undefined;

export const FAST_LINE: Line = { rtt: 25, downlink: 10 };
/** What Chromium reports under the benchmark's phone throttling (150 ms, 1.6 Mbit/s). */
export const PHONE_LINE: Line = { rtt: 150, downlink: 1.7 };

interface CreatedLink {
  rel?: string;
  as?: string;
  crossOrigin?: string;
  href?: string;
}

function runPreloadScript(text: string, line: Line): string[] {
  const added: CreatedLink[] = [];
  const document = { createElement: () => ({}), head: { appendChild: (link: CreatedLink) => added.push(link) } };
  vm.runInNewContext(text, { document, navigator: { connection: line } });
  return added.filter((link) => link.rel === "preload" && link.as === "font" && link.crossOrigin === "anonymous").map((link) => link.href!);
}

/** The font files a parsed page preloads on `line`. */
export function preloadedFonts(tree: Root, line: Line): string[] {
  const scripts = selectAll("head script", tree).map((script) => textOf(script));
  return scripts.filter((text) => text.includes("navigator.connection")).flatMap((text) => runPreloadScript(text, line));
}
