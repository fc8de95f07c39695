/**
 * Post-build, with the critical CSS (lib/critical-css.ts): a page's font files
 * are fetched before the first paint only where they can arrive in time for
 * it; elsewhere the page is drawn in the fallback face from its first frame,
 * and the files come after `load`, for the pages that follow.
 *
 * Chromium holds the first paint for up to about 100 ms while a preloaded font
 * arrives, so that with `font-display: optional` the text is drawn in the font
 * from the first frame. On a line where the files cannot make that window (a
 * phone's 150 ms round trip) the hold only delays the first paint, and the
 * fallback is drawn anyway; worse, text waiting for a face on its way is
 * invisible, and learning only in the first frame that the font is late means
 * styling and laying out the page a second time to keep the fallback. So the
 * preload links Beasties writes become one script that, before anything is
 * laid out:
 *
 * - preloads the files when this browser has fetched them before (they come
 *   from its cache), or when its estimate of the line (the Network Information
 *   API) brings them within the window, or when it gives none (Safari, Firefox);
 * - otherwise puts <html> in the fallback face (FONT_FALLBACK_CLASS) at once,
 *   and fetches the files once the page has loaded (a prefetch, into the
 *   browser's cache), unless the visitor saves data. Each file that arrives is
 *   remembered (FONTS_FETCHED_KEY), so the next page is drawn in the font.
 *
 * Where it preloads, it still checks the first frame that lays out text: a
 * face still on its way then (the estimate was wrong, the cache emptied) puts
 * <html> in the fallback for the page's life. That is what `font-display:
 * optional` promises, but Chromium forgets it when the stylesheet loaded after
 * the first paint is switched on, and drew the text again in the font that had
 * since arrived: the text moved. The layout read in the frame's callback is
 * that frame's own, done a moment early so that it asks for the faces the page
 * needs; a frame drawn before any text asks for none, and the next is asked.
 * The stylesheet declares the faces again: when it has arrived by that frame,
 * its copy of a face the page already has loads from the browser's memory and
 * is briefly "loading". That face is not late. Nor is one that arrives within
 * LATE_AFTER_MS of that frame: text waits invisible for its face for the
 * first 100 ms from the layout that asked for it (`optional`'s block period),
 * so a face that comes within half of that is drawn without the fallback ever
 * having been (a page's first frame now comes early, with only its top).
 */
import { FONT_FALLBACK_CLASS } from "./look/fonts";

/** How long Chromium holds the first paint for a preloaded font (FontPreloadingDelaysRendering's delay). */
const FIRST_PAINT_HOLD_MS = 100;

/** How long the first frame's check waits for a face still on its way: half the block period, which began at that frame's layout or just before. */
const LATE_AFTER_MS = 50;

/** The localStorage entry listing, space-separated, the font files this browser has fetched from the site. */
export const FONTS_FETCHED_KEY = "fonts-fetched";

/** The links Beasties writes for the font files a page shows (its `preloadFonts`). */
const FONT_PRELOAD = /<link rel="preload" as="font" crossorigin="anonymous" href="([^"]+)">/g;

/**
 * The script standing for the preloads: `rtt` (ms) plus the files' kilobits over `downlink` (Mbit/s) is
 * when the last one would arrive, in milliseconds. Storage may be refused (a privacy mode): then every
 * visit is a first one.
 */
function preloadScript(hrefs: string[], kilobits: number): string {
  const fetched = `var fetched=[];try{fetched=(localStorage.getItem(key)||"").split(" ")}catch(e){}`;
  const remember = `function remember(){fetched.push(this.getAttribute("href"));try{localStorage.setItem(key,fetched.filter(Boolean).join(" "))}catch(e){}}`;
  const request = `function request(rel){files.forEach(function(h){var l=document.createElement("link");l.rel=rel;l.as="font";l.crossOrigin="anonymous";l.href=h;if(fetched.indexOf(h)<0)l.onload=remember;document.head.appendChild(l)})}`;
  const cached = `files.every(function(h){return fetched.indexOf(h)>=0})`;
  const inTime = `!c||!c.saveData&&c.rtt+${kilobits}/c.downlink<${FIRST_PAINT_HOLD_MS}`;
  // A face is late when it is loading and no face with the same descriptors (the stylesheet's copy of an inline one) has loaded.
  const same = `function same(a,b){return a.family===b.family&&a.unicodeRange===b.unicodeRange&&a.weight===b.weight&&a.style===b.style}`;
  const late = `function late(face,faces){return face.status==="loading"&&!faces.some(function(other){return other.status==="loaded"&&same(face,other)})}`;
  const anyLate = `function anyLate(faces){return faces.some(function(face){return late(face,faces)})}`;
  const giveUp = `setTimeout(function(){if(anyLate(faces))html.classList.add("${FONT_FALLBACK_CLASS}")},${LATE_AFTER_MS})`;
  const check = `function check(){requestAnimationFrame(function(){var faces=[];html.offsetWidth;document.fonts.forEach(function(face){faces.push(face)});if(anyLate(faces))${giveUp};if(faces.every(function(face){return face.status==="unloaded"})&&document.readyState!=="complete")check()})}`;
  // For the next page, a prefetch: this one will not use the files, and a preload it never uses is reported as a mistake.
  const later = `html.classList.add("${FONT_FALLBACK_CLASS}");if(!c.saveData)addEventListener("load",function(){request("prefetch")})`;
  return `<script>(function(c,files,key){var html=document.documentElement;${fetched}${remember}${request}${same}${late}${anyLate}${check}if(${cached}||${inTime}){request("preload");if(document.fonts)check()}else{${later}}})(navigator.connection,${JSON.stringify(hrefs)},"${FONTS_FETCHED_KEY}")</script>`;
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
