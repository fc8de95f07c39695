import { Link } from "@/components/link";

const chipStyle =
  "inline-flex min-h-8 items-center rounded-md border border-slate-200 bg-white px-2.5 text-sm text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300";
const linkStyle = "transition-colors hover:border-teal-600 hover:text-teal-800 dark:hover:border-teal-400 dark:hover:text-teal-200";

export function Chip({ href, children }: { href?: string; children: React.ReactNode }) {
  if (!href) return <span className={chipStyle}>{children}</span>;
  return (
    <Link href={href} className={`${chipStyle} ${linkStyle}`}>
      {children}
    </Link>
  );
}

export function ChipList({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {children}
    </ul>
  );
}
