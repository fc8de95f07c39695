import type { Metadata } from "next";
import { AchievementSummary } from "@/components/achievement-summary";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { getAchievements } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Results",
  description: "Measured results: the figure, what it measures, and the projects and skills behind it.",
  route: routes.achievements,
};

export const metadata: Metadata = pageMetadata(page);

export default function AchievementsPage() {
  const achievements = getAchievements();
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Results" lede="Measured outcomes, figure first, each linked to the project and skills behind it." />
      {achievements.length === 0 ? (
        <p className="text-tone-600 dark:text-tone-400">No results have been added yet.</p>
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
