import type { Metadata } from "next";
import { Chip, ChipList } from "@/components/chip";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { getTags } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Technology tags",
  description: "Every technology and practice named across the skills, each leading to the skills that involve it.",
  route: routes.tags,
};

export const metadata: Metadata = pageMetadata(page);

export default function TagsPage() {
  const tags = getTags();
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Technology tags" lede="Every library, protocol and practice named across the skills. Each leads to the skills that involve it." />
      <ChipList label="Tags">
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
