import { Link } from "@/components/link";

/** A quiet text link to a fuller list, e.g. "All skills →". */
export function LinkArrow({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex min-h-11 items-center text-sm font-medium text-teal-700 hover:text-teal-900 dark:text-teal-300 dark:hover:text-teal-100"
    >
      {children}
      <span aria-hidden="true" className="ml-1">
        →
      </span>
    </Link>
  );
}
