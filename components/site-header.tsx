import { Link } from "@/components/link";
import { messages } from "@/lib/i18n";
import type { Theme } from "@/lib/look/themes";
import type { Destination } from "@/lib/navigation";
import { routes } from "@/lib/routes";
import { ThemeToggle } from "./theme-toggle";

/** The owner's name (or headline) leads home from every page, so a visitor landing deep still knows whose site it is. */
export function SiteHeader({ brand, sections, theme }: { brand: string; sections: readonly Destination[]; theme: Theme }) {
  const { frame } = messages();
  return (
    <header className="border-b border-tone-200 bg-white dark:border-tone-800 dark:bg-tone-950 print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 px-5 sm:px-8">
        <Link
          href={routes.home}
          className="flex min-h-12 min-w-0 flex-1 items-center text-sm font-semibold text-tone-900 hover:text-accent-strong sm:min-h-16 dark:text-white"
        >
          <span className="truncate">{brand}</span>
        </Link>
        <div className="sm:order-last">
          <ThemeToggle initial={theme} labels={{ label: frame.themeLabel, title: frame.themeTitle, themes: frame.themes }} />
        </div>
        <nav aria-label={frame.mainNavigation} className="-mx-3 w-full sm:mx-0 sm:w-auto">
          {/* Five sections or more do not fit a phone's width in one row: the row wraps, a word never breaks. */}
          <ul className="flex flex-wrap">
            {sections.map(({ href, label }) => (
              <li key={href}>
                <Link
                  href={href}
                  className="flex min-h-11 items-center whitespace-nowrap px-2.5 text-sm font-medium text-tone-600 sm:px-3 hover:text-tone-900 dark:text-tone-300 dark:hover:text-white"
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
