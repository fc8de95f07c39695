import { Link } from "@/components/link";
import type { Achievement, Project } from "@/lib/content";
import { contextLabel } from "@/lib/format";
import { messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { AchievementFigure } from "./achievement-figure";

/** What proves a claim: the measured results first, then the projects. */
export function Evidence({ achievements, projects }: { achievements: Achievement[]; projects: Project[] }) {
  const t = messages().skill;
  return (
    <div className="flex flex-col gap-6">
      {achievements.length > 0 && (
        <ul aria-label={t.evidenceResults} className="grid grid-cols-1 gap-4 min-[420px]:grid-cols-2 lg:grid-cols-3">
          {achievements.map((achievement) => (
            <li key={achievement.slug}>
              <AchievementFigure achievement={achievement} />
            </li>
          ))}
        </ul>
      )}
      {projects.length > 0 && (
        <ul
          aria-label={t.evidenceProjects}
          className="divide-y divide-tone-200 rounded-xl border border-tone-200 bg-white dark:divide-tone-800 dark:border-tone-800 dark:bg-tone-900/60"
        >
          {projects.map((project) => {
            const context = contextLabel(project);
            return (
              <li key={project.slug} className="p-5">
                <Link href={routes.project(project.slug)} className="font-semibold text-tone-900 hover:text-accent-strong dark:text-white">
                  {project.title}
                </Link>
                {context && <span className="ml-2 text-xs text-tone-500 dark:text-tone-400">{context}</span>}
                <p className="mt-1 text-sm text-tone-700 dark:text-tone-300">{project.summary}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
