import { notFound } from "next/navigation";
import { ArticleDateline } from "@/components/article-entry";
import { CopyLinkButton } from "@/components/copy-link-button";
import { JsonLd } from "@/components/json-ld";
import { Link } from "@/components/link";
import { LinkArrow } from "@/components/link-arrow";
import { MovedPage } from "@/components/moved-page";
import { PageIntro } from "@/components/page-intro";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { SkillChips } from "@/components/skill-chips";
import { resolveRecord } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { type RecordPageProps, recordMetadata, recordStaticParams } from "@/lib/record-page";
import { routes } from "@/lib/routes";
import { articleGraph } from "@/lib/structured-data";

export const dynamicParams = false;

export const generateStaticParams = () => recordStaticParams("article");

export const generateMetadata = (props: RecordPageProps) => recordMetadata("article", props);

export default async function ArticlePage({ params }: RecordPageProps) {
  const resolved = resolveRecord("article", (await params).slug);
  if (!resolved) notFound();
  if (resolved.moved) return <MovedPage record={resolved.record} />;
  const article = resolved.record;
  const t = messages();

  return (
    <article className="flex flex-col gap-12">
      <JsonLd graph={articleGraph(article)} />
      <PageIntro
        eyebrow={
          <>
            <Link href={routes.writing}>{t.sections.article.label}</Link>
            {" · "}
            <ArticleDateline article={article} />
          </>
        }
        title={article.title}
        lede={article.summary}
        actions={<CopyLinkButton labels={t.copy.link} />}
      >
        {article.tags.length > 0 && <p className="text-sm text-tone-600 dark:text-tone-400">{article.tags.join(" · ")}</p>}
      </PageIntro>

      {article.html.trim() && (
        <div className="max-w-2xl">
          <Prose html={article.html} />
        </div>
      )}

      {article.skills.length > 0 && (
        <Section title={t.writing.skills}>
          <SkillChips skills={article.skills} label={fill(t.writing.skillsLabel, { title: article.title })} />
        </Section>
      )}

      <LinkArrow href={routes.writing}>{t.writing.all}</LinkArrow>
    </article>
  );
}
