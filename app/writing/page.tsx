import type { Metadata } from "next";
import { ArticleEntry } from "@/components/article-entry";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { Section } from "@/components/section";
import { type Article, getArticles } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { basePath } from "@/lib/site-config";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Writing",
  description: "Articles and notes, by year, with the skills each one shows.",
  route: routes.writing,
};

export const metadata: Metadata = pageMetadata(page);

const textLink = "font-medium text-teal-700 underline dark:text-teal-300";

/** Articles by the year they were written, the most recent first. */
function byYear(articles: readonly Article[]): [number, Article[]][] {
  const years = new Map<number, Article[]>();
  for (const article of [...articles].sort((a, b) => b.date.iso.localeCompare(a.date.iso))) {
    years.set(article.date.year, [...(years.get(article.date.year) ?? []), article]);
  }
  return [...years];
}

export default function WritingPage() {
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Writing" lede="Articles and notes, the most recent first." />
      <p className="-mt-6 mb-10 text-sm text-slate-600 dark:text-slate-400">
        Follow it as an{" "}
        <a className={textLink} href={`${basePath}${routes.atomFeed}`} type="application/atom+xml">
          Atom feed
        </a>{" "}
        or a{" "}
        <a className={textLink} href={`${basePath}${routes.jsonFeed}`} type="application/feed+json">
          JSON feed
        </a>
        .
      </p>
      <div className="flex flex-col gap-10">
        {byYear(getArticles()).map(([year, articles]) => (
          <Section key={year} title={String(year)} id={`year-${year}`}>
            <ul className="flex max-w-3xl flex-col gap-8">
              {articles.map((article) => (
                <li key={article.slug}>
                  <ArticleEntry article={article} />
                </li>
              ))}
            </ul>
          </Section>
        ))}
      </div>
    </>
  );
}
