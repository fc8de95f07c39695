import { FONT_FALLBACK_CLASS } from "@/lib/look/fonts";

/**
 * Runs before the first paint of text: when a face of the site's font is still
 * on its way as the first frame that needs one is laid out, <html> gets
 * FONT_FALLBACK_CLASS and the page keeps the fallback face for its life
 * (app/fonts/*.css). That is what `font-display: optional` promises, but
 * Chromium forgets it when the stylesheet loaded after the first paint is
 * switched on (lib/critical-css.ts) and draws the text again in the font,
 * which by then has arrived: the text moved. The layout read in each frame's
 * callback is that frame's own layout, done a moment early so that it asks
 * for the faces the page needs; a frame drawn before any text (the document
 * still arriving) asks for none, and the next frame is asked again. A page
 * already in its fallback (set before any layout where the font cannot come
 * in time, lib/font-preload.ts) has nothing to ask.
 */
const script = `(function check(){requestAnimationFrame(function(){try{var html=document.documentElement,asked=false;if(html.classList.contains("${FONT_FALLBACK_CLASS}"))return;html.offsetWidth;document.fonts.forEach(function(face){if(face.status==="loading")html.classList.add("${FONT_FALLBACK_CLASS}");if(face.status!=="unloaded")asked=true});if(!asked&&document.readyState!=="complete")check()}catch(e){}})})()`;

export function FontFallbackScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script of ours, allowed by its hash in the page's policy.
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
