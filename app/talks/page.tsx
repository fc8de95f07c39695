import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { TalkEntry } from "@/components/talk-entry";
import { getTalks } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Talks",
  description: "Talks given at conferences and meetups, with slides, recordings and the skills they cover.",
  route: routes.talks,
};

export const metadata: Metadata = pageMetadata(page);

export default function TalksPage() {
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Talks" lede="Given at conferences and meetups, the most recent first, with slides and recordings where there are any." />
      <ul className="flex max-w-3xl flex-col gap-8">
        {getTalks().map((talk) => (
          <li key={talk.slug}>
            <TalkEntry talk={talk} heading="h2" />
          </li>
        ))}
      </ul>
    </>
  );
}
