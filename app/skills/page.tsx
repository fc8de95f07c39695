import type { Metadata } from "next";
import { FilterableSkills } from "@/components/filterable-skills";
import { PageIntro } from "@/components/page-intro";
import { SkillCard } from "@/components/skill-card";
import { getCategories, getSkills, getTags, PROFICIENCY, PROFICIENCY_LEVELS } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { buildSkillIndex } from "@/lib/search/skill-index";

export const metadata: Metadata = pageMetadata({
  title: "Skills",
  description: "Every technology and practice, grouped by category, with level, years and the evidence behind it.",
  route: routes.skills,
});

export default function SkillsPage() {
  const categories = getCategories().filter((category) => category.skills.length > 0);
  const skills = getSkills();
  const levels = PROFICIENCY_LEVELS.filter((level) => skills.some((skill) => skill.proficiency === level));
  return (
    <>
      <PageIntro
        title="Skills"
        lede="Grouped by category, strongest first. Each card shows the level, the years of use and how many projects and results back it up."
      />
      <FilterableSkills
        index={buildSkillIndex(skills)}
        sections={categories.map((category) => ({
          slug: category.slug,
          title: category.title,
          description: category.description,
          cards: category.skills.map((skill) => ({ slug: skill.slug, card: <SkillCard skill={skill} showTags /> })),
        }))}
        categories={categories.map((category) => ({ value: category.slug, label: category.title }))}
        levels={levels.map((level) => ({ value: level, label: PROFICIENCY[level].label }))}
        tags={getTags().map((tag) => ({ value: tag.slug, label: tag.label }))}
      />
    </>
  );
}
