import type { Metadata } from "next";
import Link from "next/link";
import { Evidence } from "@/components/evidence";
import { LinkArrow } from "@/components/link-arrow";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { SkillChips } from "@/components/skill-chips";
import { MovedPage } from "@/components/moved-page";
import { getAchievement, getAchievements, getMovedAchievement } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { slugParams } from "@/lib/static-params";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return slugParams(getAchievements());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const achievement = getAchievement(slug) ?? getMovedAchievement(slug);
  if (!achievement) return {};
  const metadata = pageMetadata({
    title: achievement.title,
    description: achievement.summary ?? `${achievement.figure} ${achievement.metric}`,
    route: routes.achievement(achievement.slug),
    record: achievement,
  });
  return achievement.slug === slug ? metadata : { ...metadata, robots: { index: false } };
}

export default async function AchievementPage({ params }: Props) {
  const { slug } = await params;
  const achievement = getAchievement(slug);
  if (!achievement) return <MovedPage record={getMovedAchievement(slug)} />;

  return (
    <article className="flex flex-col gap-12">
      <header>
        <Link href={routes.achievements} className="text-sm text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white">
          Results
        </Link>
        <p className="tabular mt-4 text-6xl font-semibold tracking-tight text-teal-800 sm:text-7xl dark:text-teal-200">
          {achievement.figure}
        </p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl dark:text-white">
          {achievement.metric}
        </h1>
        {achievement.summary && <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{achievement.summary}</p>}
      </header>

      {achievement.html.trim() && (
        <div className="max-w-2xl">
          <Prose html={achievement.html} />
        </div>
      )}

      {achievement.projects.length > 0 && (
        <Section title="Behind this result">
          <Evidence achievements={[]} projects={achievement.projects} />
        </Section>
      )}

      {achievement.skills.length > 0 && (
        <Section title="Skills involved">
          <SkillChips skills={achievement.skills} label={`Skills behind ${achievement.metric}`} />
        </Section>
      )}

      <LinkArrow href={routes.achievements}>All results</LinkArrow>
    </article>
  );
}
