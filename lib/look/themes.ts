/**
 * The themes a visitor can choose between, in the order the header's button
 * moves through them, and the key their choice is stored under: read before
 * the first paint (components/theme-script.tsx) and written by the button
 * (components/behaviours/theme-toggle.ts).
 */
export const THEME_STORAGE_KEY = "theme";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
