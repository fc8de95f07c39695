import { Link } from "@/components/link";

const chipStyle =
  "inline-flex min-h-8 items-center rounded-md border border-tone-200 bg-white px-2.5 text-sm text-tone-700 dark:border-tone-700 dark:bg-tone-900 dark:text-tone-300";
const linkStyle = "transition-colors hover:border-accent hover:text-accent-strong";

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
