import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { PublicationEntry } from "@/components/publication-entry";
import { YearSections } from "@/components/year-sections";
import { getPublications } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Publications",
  description: "Papers and articles, with their authors, venues and the skills they show.",
  route: routes.publications,
};

export const metadata: Metadata = pageMetadata(page);

export default function PublicationsPage() {
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Publications" lede="What was written up and published: by year, with co-authors and where it appeared." />
      <YearSections
        records={getPublications()}
        year={(publication) => publication.date?.year}
        entry={(publication) => <PublicationEntry publication={publication} />}
      />
    </>
  );
}
