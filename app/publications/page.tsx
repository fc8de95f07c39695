import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { PublicationEntry } from "@/components/publication-entry";
import { YearSections } from "@/components/year-sections";
import { getPublications } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.sections.publication.label, description: t.publications.description, route: routes.publications };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

export default function PublicationsPage() {
  const t = messages();
  return (
    <>
      <JsonLd graph={simplePageGraph(page(), "CollectionPage")} />
      <PageIntro title={t.sections.publication.label} lede={t.publications.lede} />
      <YearSections
        records={getPublications()}
        year={(publication) => publication.date?.year}
        entry={(publication) => <PublicationEntry publication={publication} />}
      />
    </>
  );
}
