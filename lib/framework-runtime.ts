/**
 * Post-build step: pages that have nothing for React to do in the browser
 * ship none of Next's runtime.
 *
 * Every page is rendered at build time; the browser only needs React where a
 * client component reacts to the visitor (the posting matcher, the résumé's
 * posting order), and each of those marks its root (lib/hydrates.ts).
 * Everywhere else Next's scripts (about 135 KB gzip) and the flight payload
 * they read (the page's data a second time) only cost a slow phone its first
 * paint and half a second of blocked main thread (BENCHMARKS.md); the site's
 * own behaviours need no framework (components/behaviours/site.ts,
 * components/behaviours/skill-filter.ts). Leaving such a page is an ordinary
 * page load of the next one's HTML.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { inlineScripts } from "./csp/inline-scripts";
import { exportedHtmlFiles } from "./exported-files";
import { HYDRATES_IN_HTML } from "./hydrates";

/** Next's tags in a page: its script files and their preloads (under any base path), the flight payload, Turbopack's chunk list. */
const RUNTIME_TAGS = [
  /<script src="[^"]*\/_next\/static\/[^"]+"[^>]*><\/script>/g,
  /<link rel="preload" as="script"[^>]* href="[^"]*\/_next\/static\/[^"]+"[^>]*>/g,
  /<script>\(?self\.__next_f[\s\S]*?<\/script>/g,
  /<script id="_R_">\(globalThis\["TURBOPACK"\][\s\S]*?<\/script>/g,
];
const RUNTIME_LEFT = /<(script|link)\b[^>]*\/_next\/static\/[^"]+\.js"[^>]*>/;

/** `html` without Next's runtime; an error if any of it is left, as a new Next version may write it differently. */
export function withoutFrameworkRuntime(html: string): string {
  const stripped = RUNTIME_TAGS.reduce((page, tag) => page.replace(tag, ""), html);
  const left =
    stripped.match(RUNTIME_LEFT)?.[0] ??
    inlineScripts(stripped)
      .find(({ text }) => /__next_f|TURBOPACK/.test(text))
      ?.text.slice(0, 80);
  if (left) throw new Error(`Next's runtime is still in the page after it was removed: ${left}… (lib/framework-runtime.ts knows the tags Next writes)`);
  return stripped;
}

/** Rewrites each exported page that has no client component to hydrate. */
export function removeUnusedFrameworkRuntime(outDir: string): void {
  for (const file of exportedHtmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    if (!HYDRATES_IN_HTML.test(html)) writeFileSync(file, withoutFrameworkRuntime(html));
  }
}
