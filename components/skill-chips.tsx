import type { Skill, Tag } from "@/lib/content";
import { routes } from "@/lib/routes";
import { Chip, ChipList } from "./chip";

export function SkillChips({ skills, label }: { skills: Skill[]; label: string }) {
  return (
    <ChipList label={label}>
      {skills.map((skill) => (
        <li key={skill.slug}>
          <Chip href={routes.skill(skill.slug)}>{skill.title}</Chip>
        </li>
      ))}
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
