import type { Metadata } from "next";
import { ArticleEntry } from "@/components/article-entry";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { YearSections } from "@/components/year-sections";
import { getArticles } from "@/lib/content";
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

const textLink = "font-medium text-accent underline";

export default function WritingPage() {
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Writing" lede="Articles and notes, the most recent first." />
      <p className="-mt-6 mb-10 text-sm text-tone-600 dark:text-tone-400">
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
      <YearSections records={getArticles()} year={(article) => article.date.year} entry={(article) => <ArticleEntry article={article} />} />
    </>
  );
}
