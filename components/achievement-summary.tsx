import { Link } from "@/components/link";
import type { Achievement } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { SkillChips } from "./skill-chips";

/** A result with its context: the figure, what it measures, and the work behind it. */
export function AchievementSummary({ achievement }: { achievement: Achievement }) {
  return (
    <article className="flex h-full flex-col rounded-xl border border-tone-200 bg-white p-6 dark:border-tone-800 dark:bg-tone-900/60">
      <p className="tabular text-4xl font-semibold tracking-tight text-accent-strong">{achievement.figure}</p>
      <h2 className="mt-1 text-base font-semibold text-tone-900 dark:text-white">
        <Link href={routes.achievement(achievement.slug)} className="hover:text-accent-strong">
          {achievement.metric}
        </Link>
      </h2>
      {achievement.summary && <p className="mt-2 text-sm text-tone-700 dark:text-tone-300">{achievement.summary}</p>}
      {achievement.projects.length > 0 && (
        <p className="mt-3 text-sm text-tone-600 dark:text-tone-400">
          {achievement.projects.map((project, index) => (
            <span key={project.slug}>
              {index > 0 && ", "}
              <Link href={routes.project(project.slug)} className="font-medium text-accent hover:underline">
                {project.title}
              </Link>
            </span>
          ))}
        </p>
      )}
      {achievement.skills.length > 0 && (
        <div className="mt-auto pt-4">
          <SkillChips skills={achievement.skills} label={fill(messages().achievements.skillsLabel, { result: achievement.metric })} />
        </div>
      )}
    </article>
  );
}
