import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { TalkEntry } from "@/components/talk-entry";
import { getTalks } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.sections.talk.label, description: t.talks.description, route: routes.talks };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

export default function TalksPage() {
  const t = messages();
  return (
    <>
      <JsonLd graph={simplePageGraph(page(), "CollectionPage")} />
      <PageIntro title={t.sections.talk.label} lede={t.talks.lede} />
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
