import { Link } from "@/components/link";
import type { Achievement } from "@/lib/content";
import { routes } from "@/lib/routes";

/** The number first, then what it measures: the way a result is read. */
export function AchievementFigure({ achievement, size = "md" }: { achievement: Achievement; size?: "md" | "lg" }) {
  return (
    <Link
      href={routes.achievement(achievement.slug)}
      className="group block h-full rounded-xl border border-slate-200 bg-white p-5 transition-colors hover:border-teal-600/60 dark:border-slate-800 dark:bg-slate-900/60 dark:hover:border-teal-400/50"
    >
      <span className={`tabular block font-semibold tracking-tight text-teal-800 dark:text-teal-200 ${size === "lg" ? "text-4xl" : "text-3xl"}`}>
        {achievement.figure}
      </span>
      <span className="mt-1 block text-sm text-pretty text-slate-700 group-hover:text-slate-900 dark:text-slate-300 dark:group-hover:text-white">
        {achievement.metric}
      </span>
      {achievement.projects[0] && <span className="mt-2 block text-xs text-slate-500 dark:text-slate-400">{achievement.projects[0].title}</span>}
    </Link>
  );
}
