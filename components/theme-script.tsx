/**
 * Runs before the first paint, so a chosen theme never flashes the other one.
 * It only applies what the theme toggle stored; with nothing stored the
 * system setting rules through CSS.
 */
export const THEME_STORAGE_KEY = "theme";

const script = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.classList.add(t)}catch(e){}`;

export function ThemeScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script of ours, allowed by its hash in the page's policy.
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
