import { fill } from "@/lib/i18n/fill";
import { THEMES, type Theme } from "@/lib/look/themes";

export interface ThemeLabels {
  /** "Theme: {theme}. Switch to {next}" */
  label: string;
  title: string;
  themes: Record<Theme, string>;
}

const nextTheme = (theme: Theme): Theme => THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;

function namesFor(theme: Theme, labels: ThemeLabels) {
  return {
    label: fill(labels.label, { theme: labels.themes[theme], next: labels.themes[nextTheme(theme)] }),
    title: fill(labels.title, { theme: labels.themes[theme] }),
  };
}

/**
 * Cycles system → light → dark (components/behaviours/theme-toggle.ts). It is
 * named for the owner's default theme; the behaviour names it for the
 * visitor's stored choice. The icon shown is chosen by CSS from the class on
 * <html>, so it is right from the first paint.
 */
export function ThemeToggle({ initial, labels }: { initial: Theme; labels: ThemeLabels }) {
  const names = namesFor(initial, labels);
  return (
    <button
      type="button"
      data-theme-toggle=""
      data-theme={initial}
      data-theme-labels={JSON.stringify(Object.fromEntries(THEMES.map((theme) => [theme, namesFor(theme, labels)])))}
      aria-label={names.label}
      title={names.title}
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
