import Link from "next/link";
import type { Article } from "@/lib/content";
import { dateLabel } from "@/lib/format";
import { readingMinutes } from "@/lib/reading-time";
import { routes } from "@/lib/routes";

/** When it was written and how long it takes to read: "Mar 2024 · 6 min read". */
export function ArticleDateline({ article }: { article: Pick<Article, "date" | "html"> }) {
  return (
    <>
      <time dateTime={article.date.iso} className="tabular">
        {dateLabel(article.date)}
      </time>
      {" · "}
      {readingMinutes(article.html)} min read
    </>
  );
}

/** An article in a list: its title, its date and reading time, and what it says. */
export function ArticleEntry({ article, heading: Heading = "h3" }: { article: Article; heading?: "h2" | "h3" }) {
  return (
    <article>
      <Heading className="text-lg font-semibold text-pretty text-slate-900 dark:text-white">
        <Link href={routes.article(article.slug)} className="hover:text-teal-800 dark:hover:text-teal-200">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        <ArticleDateline article={article} />
      </p>
      <p className="mt-1 max-w-2xl text-sm text-pretty text-slate-700 dark:text-slate-300">{article.summary}</p>
    </article>
  );
}
