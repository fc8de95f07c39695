import { Link } from "@/components/link";
import type { Skill } from "@/lib/content";
import { evidenceLabel, yearsLabel } from "@/lib/format";
import { routes } from "@/lib/routes";
import { LevelBadge } from "./level-badge";

/** A skill at a glance: name, level, years, one line, and how much evidence backs it. */
export function SkillCard({ skill, showTags = false, heading: Heading = "h3" }: { skill: Skill; showTags?: boolean; heading?: "h2" | "h3" }) {
  const evidence = evidenceLabel(skill);
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-tone-200 bg-white p-5 transition-colors hover:border-accent/60 dark:border-tone-800 dark:bg-tone-900/60">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading className="text-base font-semibold text-tone-900 dark:text-white">
          <Link href={routes.skill(skill.slug)} className="after:absolute after:inset-0 after:rounded-xl">
            {skill.title}
          </Link>
        </Heading>
        <LevelBadge level={skill.proficiency} />
      </div>
      {skill.years && <p className="tabular mt-1 text-sm font-medium text-tone-600 dark:text-tone-400">{yearsLabel(skill.years)}</p>}
      <p className="mt-3 text-sm text-pretty text-tone-700 dark:text-tone-300">{skill.summary}</p>
      {showTags && skill.tags.length > 0 && (
        <p className="mt-3 text-xs text-tone-500 dark:text-tone-400">
          {skill.tags
            .slice(0, 5)
            .map((tag) => tag.label)
            .join(" · ")}
        </p>
      )}
      {evidence && <p className="tabular mt-auto pt-4 text-xs font-medium tracking-wide text-tone-500 uppercase dark:text-tone-400">{evidence}</p>}
    </article>
  );
}
