import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { Link } from "@/components/link";
import { LinkArrow } from "@/components/link-arrow";
import { PageIntro } from "@/components/page-intro";
import { SkillCard } from "@/components/skill-card";
import { getTag, getTags, type Tag } from "@/lib/content";
import { counted, fill, messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { slugParams } from "@/lib/static-params";
import { simplePageGraph } from "@/lib/structured-data";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return slugParams(getTags());
}

function tagPage(tag: Tag): PageDescription {
  return {
    title: fill(messages().tags.tagTitle, { tag: tag.label }),
    description: fill(messages().tags.tagDescription, { tag: tag.label, skills: tag.skills.map((skill) => skill.title).join(", ") }),
    route: routes.tag(tag.slug),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).slug);
  return tag ? pageMetadata(tagPage(tag)) : {};
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).slug);
  if (!tag) notFound();
  const t = messages();
  return (
    <>
      <JsonLd graph={simplePageGraph(tagPage(tag), "CollectionPage")} />
      <PageIntro
        eyebrow={<Link href={routes.tags}>{t.frame.technologyTags}</Link>}
        title={tag.label}
        lede={counted(t.tags.tagLede, tag.skills.length, { tag: tag.label })}
      />
      <ul className="mb-12 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tag.skills.map((skill) => (
          <li key={skill.slug}>
            <SkillCard skill={skill} heading="h2" />
          </li>
        ))}
      </ul>
      <LinkArrow href={routes.tags}>{t.tags.all}</LinkArrow>
    </>
  );
}
