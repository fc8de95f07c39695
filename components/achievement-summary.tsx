import { Link } from "@/components/link";
import type { Achievement } from "@/lib/content";
import { routes } from "@/lib/routes";
import { SkillChips } from "./skill-chips";

/** A result with its context: the figure, what it measures, and the work behind it. */
export function AchievementSummary({ achievement }: { achievement: Achievement }) {
  return (
    <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900/60">
      <p className="tabular text-4xl font-semibold tracking-tight text-teal-800 dark:text-teal-200">{achievement.figure}</p>
      <h2 className="mt-1 text-base font-semibold text-slate-900 dark:text-white">
        <Link href={routes.achievement(achievement.slug)} className="hover:text-teal-800 dark:hover:text-teal-200">
          {achievement.metric}
        </Link>
      </h2>
      {achievement.summary && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{achievement.summary}</p>}
      {achievement.projects.length > 0 && (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {achievement.projects.map((project, index) => (
            <span key={project.slug}>
              {index > 0 && ", "}
              <Link href={routes.project(project.slug)} className="font-medium text-teal-700 hover:underline dark:text-teal-300">
                {project.title}
              </Link>
            </span>
          ))}
        </p>
      )}
      {achievement.skills.length > 0 && (
        <div className="mt-auto pt-4">
          <SkillChips skills={achievement.skills} label={`Skills behind ${achievement.metric}`} />
        </div>
      )}
    </article>
  );
}
