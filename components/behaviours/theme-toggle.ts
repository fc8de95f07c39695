/**
 * The header's theme button in the browser: each press moves system → light →
 * dark, puts the class on <html> and stores the choice (read before the first
 * paint by components/theme-script.tsx). The choice is stored even when it is
 * "system": it then overrides an owner's default of light or dark. The button
 * carries its name for every theme (`data-theme-labels`), so the words stay
 * the owner's language.
 */
import { THEME_STORAGE_KEY, THEMES } from "@/lib/look/themes";

/** Read from storage and the button's attributes: any string, until checked against these. */
const themes: readonly string[] = THEMES;

export function themeToggle(): void {
  const toggles = () => document.querySelectorAll<HTMLElement>("[data-theme-toggle]");
  const show = (button: HTMLElement, theme: string) => {
    const names = JSON.parse(button.dataset.themeLabels ?? "{}")[theme];
    if (!names) return;
    button.dataset.theme = theme;
    button.setAttribute("aria-label", names.label);
    button.title = names.title;
  };
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    // Private windows may refuse storage: the owner's default stands.
  }
  if (stored && themes.includes(stored)) for (const button of toggles()) show(button, stored);

  document.addEventListener("click", (event) => {
    const pressed = (event.target as Element | null)?.closest?.<HTMLElement>("[data-theme-toggle]");
    if (!pressed) return;
    const next = themes[(themes.indexOf(pressed.dataset.theme ?? "") + 1) % themes.length]!;
    const root = document.documentElement.classList;
    root.remove("light", "dark");
    if (next !== "system") root.add(next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // The theme still applies to this page.
    }
    for (const button of toggles()) show(button, next);
  });
}
