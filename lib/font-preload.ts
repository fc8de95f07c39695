/**
 * Post-build, with the critical CSS (lib/critical-css.ts): a page's font files
 * are preloaded only where they can arrive in time for the first paint.
 *
 * Chromium holds the first paint for up to about 100 ms while a preloaded font
 * arrives, so that with `font-display: optional` the text is drawn in the font
 * from the first frame. On a line where the file cannot make that window (a
 * phone's 150 ms round trip) the hold only delays the first paint (about
 * 200 ms on the benchmark's phone, BENCHMARKS.md) and the fallback is drawn
 * anyway. So the preload links Beasties writes become one script that adds
 * them when the browser's estimate of the line (the Network Information API)
 * brings the files within the window, or when it gives none (Safari, Firefox);
 * never for a visitor who saves data.
 */

/** How long Chromium holds the first paint for a preloaded font (FontPreloadingDelaysRendering's delay). */
const FIRST_PAINT_HOLD_MS = 100;

/** The links Beasties writes for the font files a page shows (its `preloadFonts`). */
const FONT_PRELOAD = /<link rel="preload" as="font" crossorigin="anonymous" href="([^"]+)">/g;

/**
 * The script standing for the preloads: `rtt` (ms) plus the files' kilobits over `downlink` (Mbit/s) is
 * when the last one would arrive, in milliseconds.
 */
function preloadScript(hrefs: string[], kilobits: number): string {
  const inTime = `!c||!c.saveData&&c.rtt+${kilobits}/c.downlink<${FIRST_PAINT_HOLD_MS}`;
  const preload = `var l=document.createElement("link");l.rel="preload";l.as="font";l.crossOrigin="anonymous";l.href=h;document.head.appendChild(l)`;
  return `<script>(function(c){if(${inTime})${JSON.stringify(hrefs)}.forEach(function(h){${preload}})})(navigator.connection)</script>`;
}

/** `html` with its font preloads made conditional; `bytesOf` gives the size of the file a preload's href names. */
export function preloadFontsInTime(html: string, bytesOf: (href: string) => number): string {
  const hrefs = [...html.matchAll(FONT_PRELOAD)].map(([, href]) => href!);
  if (hrefs.length === 0) return html;
  const kilobits = Math.ceil(hrefs.reduce((bytes, href) => bytes + bytesOf(href), 0) / 125);
  // The script stands where the first link stood; the other links go.
  let script = preloadScript(hrefs, kilobits);
  return html.replace(FONT_PRELOAD, () => {
    const here = script;
    script = "";
    return here;
  });
}
