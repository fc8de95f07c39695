import { Link } from "@/components/link";

/** A quiet text link to a fuller list, e.g. "All skills →". */
export function LinkArrow({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center text-sm font-medium text-accent hover:text-accent-strong">
      {children}
      <span aria-hidden="true" className="ml-1">
        →
      </span>
    </Link>
  );
}
