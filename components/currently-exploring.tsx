import { LevelBadge } from "@/components/level-badge";
import { SkillChips } from "@/components/skill-chips";
import type { Skill } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";

/** What the engineer is learning now, set apart from what they already do: the owner's focus and the skills at the learning level. */
export function CurrentlyExploring({ focus, learning, chipLimit }: { focus?: string; learning: Skill[]; chipLimit: number }) {
  if (!learning.length && !focus) return null;
  const t = messages().home;
  return (
    <section
      aria-labelledby="exploring-heading"
      className="rounded-2xl border border-dashed border-amber-600/40 bg-amber-50/60 p-6 sm:p-8 dark:border-amber-400/30 dark:bg-amber-400/5"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="exploring-heading" className="text-xl font-semibold tracking-tight text-tone-900 dark:text-white">
          {t.exploring}
        </h2>
        <LevelBadge level="learning" />
      </div>
      {focus && <p className="mt-3 max-w-2xl text-tone-700 dark:text-tone-300">{focus}</p>}
      {learning.length > 0 && (
        <div className="mt-5">
          <SkillChips skills={learning} label={t.beingLearned} limit={chipLimit} moreHref={`${routes.skills}?level=learning`} />
        </div>
      )}
    </section>
  );
}
