import { notFound } from "next/navigation";
import { Evidence } from "@/components/evidence";
import { JsonLd } from "@/components/json-ld";
import { Link } from "@/components/link";
import { LinkArrow } from "@/components/link-arrow";
import { MovedPage } from "@/components/moved-page";
import { Picture } from "@/components/picture";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { SkillChips } from "@/components/skill-chips";
import { resolveRecord } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { type RecordPageProps, recordMetadata, recordStaticParams } from "@/lib/record-page";
import { routes } from "@/lib/routes";
import { achievementGraph } from "@/lib/structured-data";

export const dynamicParams = false;

export const generateStaticParams = () => recordStaticParams("achievement");

export const generateMetadata = (props: RecordPageProps) => recordMetadata("achievement", props);

export default async function AchievementPage({ params }: RecordPageProps) {
  const resolved = resolveRecord("achievement", (await params).slug);
  if (!resolved) notFound();
  if (resolved.moved) return <MovedPage record={resolved.record} />;
  const achievement = resolved.record;
  const t = messages();

  return (
    <article className="flex flex-col gap-12">
      <JsonLd graph={achievementGraph(achievement)} />
      <header>
        <Link href={routes.achievements} className="text-sm text-tone-600 hover:text-tone-900 dark:text-tone-400 dark:hover:text-white">
          {t.sections.achievement.label}
        </Link>
        <p className="tabular mt-4 text-6xl font-semibold tracking-tight text-accent-strong sm:text-7xl">{achievement.figure}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance text-tone-900 sm:text-3xl dark:text-white">{achievement.metric}</h1>
        {achievement.summary && <p className="mt-4 max-w-2xl text-lg text-tone-700 dark:text-tone-300">{achievement.summary}</p>}
      </header>

      {achievement.image && (
        <figure className="-mt-4 max-w-3xl overflow-hidden rounded-xl border border-tone-200 dark:border-tone-800">
          <Picture image={achievement.image} sizes="(min-width: 52rem) 48rem, calc(100vw - 2.5rem)" className="block h-auto w-full" priority />
        </figure>
      )}

      {achievement.html.trim() && (
        <div className="max-w-2xl">
          <Prose html={achievement.html} />
        </div>
      )}

      {achievement.projects.length > 0 && (
        <Section title={t.achievements.behind}>
          <Evidence achievements={[]} projects={achievement.projects} />
        </Section>
      )}

      {achievement.skills.length > 0 && (
        <Section title={t.achievements.skillsInvolved}>
          <SkillChips skills={achievement.skills} label={fill(t.achievements.skillsLabel, { result: achievement.metric })} />
        </Section>
      )}

      <LinkArrow href={routes.achievements}>{t.achievements.all}</LinkArrow>
    </article>
  );
}
