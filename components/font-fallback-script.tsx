import { FONT_FALLBACK_CLASS } from "@/lib/look/fonts";

/**
 * Runs before the first paint: when a face of the site's font is still on its
 * way as the first frame is laid out, <html> gets FONT_FALLBACK_CLASS and the
 * page keeps the fallback face for its life (app/fonts/*.css). That is what
 * `font-display: optional` promises, but Chromium forgets it when the
 * stylesheet loaded after the first paint is switched on (lib/critical-css.ts)
 * and draws the text again in the font, which by then has arrived: the text
 * moved. The layout read in the callback is the frame's own first layout,
 * done a moment early so that it asks for the faces the page needs.
 */
const script = `requestAnimationFrame(function(){try{document.documentElement.offsetWidth;document.fonts.forEach(function(f){if(f.status==="loading")document.documentElement.classList.add("${FONT_FALLBACK_CLASS}")})}catch(e){}})`;

export function FontFallbackScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script of ours, allowed by its hash in the page's policy.
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
