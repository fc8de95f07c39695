import { notFound } from "next/navigation";
import { CopyLinkButton } from "@/components/copy-link-button";
import { ExternalLinks } from "@/components/external-links";
import { JsonLd } from "@/components/json-ld";
import { Link } from "@/components/link";
import { LinkArrow } from "@/components/link-arrow";
import { MovedPage } from "@/components/moved-page";
import { PageIntro } from "@/components/page-intro";
import { Prose } from "@/components/prose";
import { PublicationVenue } from "@/components/publication-entry";
import { Section } from "@/components/section";
import { SkillChips } from "@/components/skill-chips";
import { resolveRecord } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { authorsLine, bibtex, doiUrl } from "@/lib/publication";
import { type RecordPageProps, recordMetadata, recordStaticParams } from "@/lib/record-page";
import { routes } from "@/lib/routes";
import { publicationGraph } from "@/lib/structured-data";

export const dynamicParams = false;

export const generateStaticParams = () => recordStaticParams("publication");

export const generateMetadata = (props: RecordPageProps) => recordMetadata("publication", props);

export default async function PublicationPage({ params }: RecordPageProps) {
  const resolved = resolveRecord("publication", (await params).slug);
  if (!resolved) notFound();
  if (resolved.moved) return <MovedPage record={resolved.record} />;
  const publication = resolved.record;
  const citation = bibtex(publication);
  const t = messages();

  return (
    <article className="flex flex-col gap-12">
      <JsonLd graph={publicationGraph(publication)} />
      <PageIntro
        eyebrow={
          <>
            <Link href={routes.publications}>{t.sections.publication.label}</Link>
            {(publication.venue || publication.date) && " · "}
            <PublicationVenue publication={publication} />
          </>
        }
        title={publication.title}
        lede={publication.abstract}
        actions={
          <ExternalLinks
            links={[
              { label: t.publications.read, url: publication.url },
              { label: fill(t.publications.doi, { doi: publication.doi ?? "" }), url: publication.doi && doiUrl(publication.doi) },
            ]}
          />
        }
      >
        <p className="text-tone-700 dark:text-tone-300">{authorsLine(publication.authors)}</p>
      </PageIntro>

      {publication.html.trim() && (
        <div className="max-w-2xl">
          <Prose html={publication.html} />
        </div>
      )}

      {publication.skills.length > 0 && (
        <Section title={t.publications.skills}>
          <SkillChips skills={publication.skills} label={fill(t.publications.skillsLabel, { title: publication.title })} />
        </Section>
      )}

      <Section title={t.publications.cite} description={t.publications.citeDescription}>
        <pre className="max-w-3xl rounded-lg whitespace-pre-wrap break-words border border-tone-200 bg-white p-4 text-sm text-tone-800 dark:border-tone-800 dark:bg-tone-900 dark:text-tone-200">
          <code>{citation}</code>
        </pre>
        <div className="mt-3">
          <CopyLinkButton text={citation} labels={t.copy.bibtex} />
        </div>
      </Section>

      <LinkArrow href={routes.publications}>{t.publications.all}</LinkArrow>
    </article>
  );
}
