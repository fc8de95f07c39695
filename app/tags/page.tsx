import type { Metadata } from "next";
import { Chip, ChipList } from "@/components/chip";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { getTags } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.frame.technologyTags, description: t.tags.description, route: routes.tags };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

export default function TagsPage() {
  const t = messages();
  const tags = getTags();
  return (
    <>
      <JsonLd graph={simplePageGraph(page(), "CollectionPage")} />
      <PageIntro title={t.frame.technologyTags} lede={t.tags.lede} />
      <ChipList label={t.tags.list}>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Chip href={routes.tag(tag.slug)}>
              {tag.label}
              {tag.skills.length > 1 && <span className="tabular ml-1.5 text-tone-500 dark:text-tone-400">{tag.skills.length}</span>}
            </Chip>
          </li>
        ))}
      </ChipList>
    </>
  );
}
