import Link from "next/link";
import { routes } from "@/lib/routes";

export function SiteFooter({ brand }: { brand: string }) {
  return (
    <footer className="mt-24 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-5 py-8 text-sm text-slate-600 sm:px-8 dark:text-slate-400">
        <p>{brand}</p>
        <Link href={routes.tags} className="inline-flex min-h-11 items-center hover:text-slate-900 dark:hover:text-white">
          Browse by technology tag
        </Link>
      </div>
    </footer>
  );
}
