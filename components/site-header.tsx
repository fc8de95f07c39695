import Link from "next/link";
import { routes } from "@/lib/routes";

const NAV = [
  { href: routes.skills, label: "Skills" },
  { href: routes.projects, label: "Projects" },
  { href: routes.achievements, label: "Results" },
];

/** The owner's name (or headline) leads home from every page, so a visitor landing deep still knows whose site it is. */
export function SiteHeader({ brand, hasContact }: { brand: string; hasContact: boolean }) {
  const links = hasContact ? [...NAV, { href: `${routes.home}#contact`, label: "Contact" }] : NAV;
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 px-5 sm:px-8">
        <Link
          href={routes.home}
          className="flex min-h-12 min-w-0 items-center text-sm font-semibold text-slate-900 hover:text-teal-800 sm:min-h-16 dark:text-white dark:hover:text-teal-200"
        >
          <span className="truncate">{brand}</span>
        </Link>
        <nav aria-label="Main" className="-mx-3 sm:mx-0">
          <ul className="flex">
            {links.map(({ href, label }) => (
              <li key={href}>
                <Link
                  href={href}
                  className="flex min-h-11 items-center px-3 text-sm font-medium text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
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
