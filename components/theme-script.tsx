/**
 * Runs before the first paint, so a chosen theme never flashes the other one.
 * It only applies what the theme toggle stored. Until the visitor chooses,
 * <html> carries the owner's default theme as its class (none for "system",
 * where the device's setting rules through CSS).
 */
import { THEME_STORAGE_KEY, THEMES } from "@/lib/look/themes";

const script = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}"),c=document.documentElement.classList;if(${JSON.stringify(THEMES)}.indexOf(t)>=0){c.remove("light","dark");if(t!=="system")c.add(t)}}catch(e){}`;

export function ThemeScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script of ours, allowed by its hash in the page's policy.
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
