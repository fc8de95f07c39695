import { CopyLinkButton } from "@/components/copy-link-button";
import { LevelBadge } from "@/components/level-badge";
import { Link } from "@/components/link";
import { PageIntro } from "@/components/page-intro";
import type { Skill } from "@/lib/content";
import { yearsLabel } from "@/lib/format";
import { fill, messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { sameWords } from "@/lib/same-words";

/** The head of a skill's page: where it sits among the skills, its name and summary, level, years and other spellings. */
export function SkillIntro({ skill }: { skill: Skill }) {
  const t = messages();
  const skillsLabel = t.sections.skill.label;
  const aliases = skill.aliases.filter((alias) => alias.toLowerCase() !== skill.title.toLowerCase());
  return (
    <PageIntro
      eyebrow={
        <Link href={`${routes.skills}#${skill.category.slug}`}>
          {sameWords(skill.category.title, skillsLabel) ? (
            skillsLabel
          ) : (
            <>
              {skillsLabel} <span aria-hidden="true">/</span> {skill.category.title}
            </>
          )}
        </Link>
      }
      title={skill.title}
      lede={skill.summary}
      actions={<CopyLinkButton labels={t.copy.link} />}
    >
      <LevelBadge level={skill.proficiency} />
      {skill.years && <span className="tabular text-sm font-medium text-tone-700 dark:text-tone-300">{yearsLabel(skill.years)}</span>}
      {aliases.length > 0 && <span className="text-sm text-tone-500 dark:text-tone-400">{fill(t.skill.alsoKnownAs, { aliases: aliases.join(", ") })}</span>}
    </PageIntro>
  );
}
