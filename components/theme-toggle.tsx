"use client";

import { useEffect, useState } from "react";
import { fill } from "@/lib/i18n/fill";
import { THEME_STORAGE_KEY, THEMES, type Theme } from "./theme-script";

function storedTheme(fallback: Theme): Theme {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return THEMES.find((theme) => theme === value) ?? fallback;
  } catch {
    return fallback;
  }
}

/** The choice is stored even when it is "system": it then overrides an owner's default of light or dark. */
function applyTheme(theme: Theme): void {
  const root = document.documentElement.classList;
  root.remove("light", "dark");
  if (theme !== "system") root.add(theme);
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Private windows may refuse storage; the theme still applies to this page.
  }
}

/**
 * Cycles system → light → dark. The icon shown is chosen by CSS from the class
 * on <html>, so it is right from the first paint, before this hydrates.
 */
export interface ThemeLabels {
  /** "Theme: {theme}. Switch to {next}" */
  label: string;
  title: string;
  themes: Record<Theme, string>;
}

export function ThemeToggle({ initial, labels }: { initial: Theme; labels: ThemeLabels }) {
  const [theme, setTheme] = useState<Theme>(initial);
  useEffect(() => setTheme(storedTheme(initial)), [initial]);

  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
  return (
    <button
      type="button"
      onClick={() => {
        applyTheme(next);
        setTheme(next);
      }}
      aria-label={fill(labels.label, { theme: labels.themes[theme], next: labels.themes[next] })}
      title={fill(labels.title, { theme: labels.themes[theme] })}
      className="group inline-flex size-11 items-center justify-center rounded-lg text-tone-600 hover:text-tone-900 dark:text-tone-300 dark:hover:text-white"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" className="size-5">
        {/* system: a screen */}
        <g className="in-[.light,.dark]:hidden">
          <rect x="3" y="4" width="14" height="10" rx="1.5" />
          <path d="M7.5 17h5M10 14v3" />
        </g>
        {/* light: a sun */}
        <g className="hidden in-[.light]:inline">
          <circle cx="10" cy="10" r="3.2" />
          <path d="M10 2.5v1.8M10 15.7v1.8M2.5 10h1.8M15.7 10h1.8M4.7 4.7l1.3 1.3M14 14l1.3 1.3M4.7 15.3 6 14M14 6l1.3-1.3" />
        </g>
        {/* dark: a moon */}
        <path className="hidden in-[.dark]:inline" d="M15.5 12.5A6 6 0 0 1 7.5 4.5a6 6 0 1 0 8 8Z" />
      </svg>
    </button>
  );
}
