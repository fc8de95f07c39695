import type { Skill, Tag } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { Chip, ChipList } from "./chip";

/** Skills as chips; past `limit`, the rest is one "+N more" chip leading to `moreHref`. */
export function SkillChips({
  skills,
  label,
  limit = Infinity,
  moreHref = routes.skills,
}: {
  skills: Skill[];
  label: string;
  limit?: number;
  moreHref?: string;
}) {
  const hidden = skills.length - limit;
  return (
    <ChipList label={label}>
      {skills.slice(0, limit).map((skill) => (
        <li key={skill.slug}>
          <Chip href={routes.skill(skill.slug)}>{skill.title}</Chip>
        </li>
      ))}
      {hidden > 0 && (
        <li>
          <Chip href={moreHref}>{fill(messages().counts.more, { count: hidden })}</Chip>
        </li>
      )}
    </ChipList>
  );
}

export function TagChips({ tags, label }: { tags: Tag[]; label: string }) {
  return (
    <ChipList label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Chip href={routes.tag(tag.slug)}>{tag.label}</Chip>
        </li>
      ))}
    </ChipList>
  );
}
