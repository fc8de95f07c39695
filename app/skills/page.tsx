import type { Metadata } from "next";
import { FilterableSkills } from "@/components/filterable-skills";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { SkillCard } from "@/components/skill-card";
import { SkillsRadar } from "@/components/skills-radar";
import { getCategories, getSkills, getTags, PROFICIENCY, PROFICIENCY_LEVELS } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { radarFits } from "@/lib/radar/geometry";
import { routes, SKILLS_SHARE_IMAGE_ROUTE } from "@/lib/routes";
import { searchExample } from "@/lib/search/examples";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Skills",
  description: "Every technology and practice, grouped by category, with level, years and the evidence behind it.",
  route: routes.skills,
};

export const metadata: Metadata = pageMetadata({ ...page, image: SKILLS_SHARE_IMAGE_ROUTE });

export default function SkillsPage() {
  const categories = getCategories().filter((category) => category.skills.length > 0);
  const skills = getSkills();
  const levels = PROFICIENCY_LEVELS.filter((level) => skills.some((skill) => skill.proficiency === level));
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro
        title="Skills"
        lede="The radar shows every skill at a glance: the sector is its category, the ring its level. Below, grouped by category and strongest first, each card shows the level, the years of use and how many projects and results back it up."
      />
      {radarFits(skills.length) && (
        <section aria-label="Skills radar" className="mb-12">
          {/* Every point is a link; keyboard users can jump straight to the list. */}
          <a
            href="#skill-list"
            className="sr-only rounded-lg bg-accent px-4 py-3 text-sm font-semibold text-on-accent focus:not-sr-only focus:mb-3 focus:inline-block"
          >
            Skip the radar to the list of skills
          </a>
          <SkillsRadar categories={categories} skills={skills} />
        </section>
      )}
      <div id="skill-list" className="scroll-mt-8">
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
          searchHint={searchExample(skills)}
        />
      </div>
    </>
  );
}
