import type { Metadata } from "next";
import { ArticleEntry } from "@/components/article-entry";
import { Filled } from "@/components/filled";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { YearSections } from "@/components/year-sections";
import { getArticles } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { basePath } from "@/lib/site-config";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.sections.article.label, description: t.writing.description, route: routes.writing };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

const textLink = "font-medium text-accent underline";

export default function WritingPage() {
  const t = messages();
  return (
    <>
      <JsonLd graph={simplePageGraph(page(), "CollectionPage")} />
      <PageIntro title={t.sections.article.label} lede={t.writing.lede} />
      <p className="-mt-6 mb-10 text-sm text-tone-600 dark:text-tone-400">
        <Filled
          template={t.writing.follow}
          values={{
            atom: (
              <a className={textLink} href={`${basePath}${routes.atomFeed}`} type="application/atom+xml">
                {t.writing.atomFeed}
              </a>
            ),
            json: (
              <a className={textLink} href={`${basePath}${routes.jsonFeed}`} type="application/feed+json">
                {t.writing.jsonFeed}
              </a>
            ),
          }}
        />
      </p>
      <YearSections records={getArticles()} year={(article) => article.date.year} entry={(article) => <ArticleEntry article={article} />} />
    </>
  );
}
