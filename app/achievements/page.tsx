import type { Metadata } from "next";
import { AchievementSummary } from "@/components/achievement-summary";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { getAchievements } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.sections.achievement.label, description: t.achievements.description, route: routes.achievements };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

export default function AchievementsPage() {
  const t = messages();
  const achievements = getAchievements();
  return (
    <>
      <JsonLd graph={simplePageGraph(page(), "CollectionPage")} />
      <PageIntro title={t.sections.achievement.label} lede={t.achievements.lede} />
      {achievements.length === 0 ? (
        <p className="text-tone-600 dark:text-tone-400">{t.achievements.empty}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {achievements.map((achievement) => (
            <li key={achievement.slug} id={achievement.slug} className="scroll-mt-8">
              <AchievementSummary achievement={achievement} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
