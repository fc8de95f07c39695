import type { Article } from "@/lib/content";
import { dateLabel } from "@/lib/format";
import { fill, messages } from "@/lib/i18n";
import { readingMinutes } from "@/lib/reading-time";
import { routes } from "@/lib/routes";
import { RecordEntry } from "./record-entry";

/** When it was written and how long it takes to read: "Mar 2024 · 6 min read". */
export function ArticleDateline({ article }: { article: Pick<Article, "date" | "html"> }) {
  return (
    <>
      <time dateTime={article.date.iso} className="tabular">
        {dateLabel(article.date)}
      </time>
      {" · "}
      {fill(messages().words.readingTime, { minutes: readingMinutes(article.html) })}
    </>
  );
}

/** An article in a list: its title, its date and reading time, and what it says. */
export function ArticleEntry({ article, heading }: { article: Article; heading?: "h2" | "h3" }) {
  return (
    <RecordEntry href={routes.article(article.slug)} title={article.title} heading={heading}>
      <p className="mt-1 text-sm text-tone-600 dark:text-tone-400">
        <ArticleDateline article={article} />
      </p>
      <p className="mt-1 max-w-2xl text-sm text-pretty text-tone-700 dark:text-tone-300">{article.summary}</p>
    </RecordEntry>
  );
}
