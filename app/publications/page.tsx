import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { PublicationEntry } from "@/components/publication-entry";
import { Section } from "@/components/section";
import { getPublications, type Publication } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Publications",
  description: "Papers and articles, with their authors, venues and the skills they show.",
  route: routes.publications,
};

export const metadata: Metadata = pageMetadata(page);

/** Publications by year, the most recent year first; undated ones last. */
function byYear(publications: readonly Publication[]): [string, Publication[]][] {
  const years = new Map<string, Publication[]>();
  const dated = [...publications].sort((a, b) => (b.date?.year ?? -Infinity) - (a.date?.year ?? -Infinity));
  for (const publication of dated) {
    const year = publication.date ? String(publication.date.year) : "Undated";
    years.set(year, [...(years.get(year) ?? []), publication]);
  }
  return [...years];
}

export default function PublicationsPage() {
  const publications = getPublications();
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Publications" lede="What was written up and published: by year, with co-authors and where it appeared." />
      <div className="flex flex-col gap-10">
        {byYear(publications).map(([year, entries]) => (
          <Section key={year} title={year} id={`year-${year.toLowerCase()}`}>
            <ul className="flex max-w-3xl flex-col gap-6">
              {entries.map((publication) => (
                <li key={publication.slug}>
                  <PublicationEntry publication={publication} />
                </li>
              ))}
            </ul>
          </Section>
        ))}
      </div>
    </>
  );
}
