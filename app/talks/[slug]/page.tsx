import { notFound } from "next/navigation";
import { CopyLinkButton } from "@/components/copy-link-button";
import { ExternalLinks } from "@/components/external-links";
import { JsonLd } from "@/components/json-ld";
import { Link } from "@/components/link";
import { LinkArrow } from "@/components/link-arrow";
import { MovedPage } from "@/components/moved-page";
import { PageIntro } from "@/components/page-intro";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { SkillChips } from "@/components/skill-chips";
import { TalkOccasion } from "@/components/talk-entry";
import { resolveRecord } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { type RecordPageProps, recordMetadata, recordStaticParams } from "@/lib/record-page";
import { routes } from "@/lib/routes";
import { talkGraph } from "@/lib/structured-data";

export const dynamicParams = false;

export const generateStaticParams = () => recordStaticParams("talk");

export const generateMetadata = (props: RecordPageProps) => recordMetadata("talk", props);

export default async function TalkPage({ params }: RecordPageProps) {
  const resolved = resolveRecord("talk", (await params).slug);
  if (!resolved) notFound();
  if (resolved.moved) return <MovedPage record={resolved.record} />;
  const talk = resolved.record;
  const t = messages();

  return (
    <article className="flex flex-col gap-12">
      <JsonLd graph={talkGraph(talk)} />
      <PageIntro
        eyebrow={<Link href={routes.talks}>{t.sections.talk.label}</Link>}
        title={talk.title}
        lede={talk.summary}
        actions={
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <ExternalLinks
              links={[
                { label: t.talks.slides, url: talk.slides },
                { label: t.talks.recording, url: talk.recording },
              ]}
            />
            <CopyLinkButton labels={t.copy.link} />
          </div>
        }
      >
        <p className="text-tone-700 dark:text-tone-300">
          <TalkOccasion talk={talk} />
        </p>
      </PageIntro>

      {talk.html.trim() && (
        <div className="max-w-2xl">
          <Prose html={talk.html} />
        </div>
      )}

      {talk.skills.length > 0 && (
        <Section title={t.talks.skills}>
          <SkillChips skills={talk.skills} label={fill(t.talks.skillsLabel, { title: talk.title })} />
        </Section>
      )}

      <LinkArrow href={routes.talks}>{t.talks.all}</LinkArrow>
    </article>
  );
}
