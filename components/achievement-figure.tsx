import { Link } from "@/components/link";
import type { Achievement } from "@/lib/content";
import { routes } from "@/lib/routes";

/** The number first, then what it measures: the way a result is read. */
export function AchievementFigure({ achievement, size = "md" }: { achievement: Achievement; size?: "md" | "lg" }) {
  return (
    <Link
      href={routes.achievement(achievement.slug)}
      className="group block h-full rounded-xl border border-tone-200 bg-white p-5 transition-colors hover:border-accent/60 dark:border-tone-800 dark:bg-tone-900/60"
    >
      <span className={`tabular block font-semibold tracking-tight text-accent-strong ${size === "lg" ? "text-4xl" : "text-3xl"}`}>{achievement.figure}</span>
      <span className="mt-1 block text-sm text-pretty text-tone-700 group-hover:text-tone-900 dark:text-tone-300 dark:group-hover:text-white">
        {achievement.metric}
      </span>
      {achievement.projects[0] && <span className="mt-2 block text-xs text-tone-500 dark:text-tone-400">{achievement.projects[0].title}</span>}
    </Link>
  );
}
