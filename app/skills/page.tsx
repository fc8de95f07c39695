import type { Metadata } from "next";
import { FilterableSkills } from "@/components/filterable-skills";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { SkillCard } from "@/components/skill-card";
import { SkillsRadar } from "@/components/skills-radar";
import { getCategories, getSkills, getTags, PROFICIENCY_LEVELS } from "@/lib/content";
import { counted, messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { radarFits } from "@/lib/radar/geometry";
import { routes, SKILLS_SHARE_IMAGE_ROUTE } from "@/lib/routes";
import { searchExample } from "@/lib/search/examples";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.sections.skill.label, description: t.skills.description, route: routes.skills };
}

export const generateMetadata = (): Metadata => pageMetadata({ ...page(), image: SKILLS_SHARE_IMAGE_ROUTE });

export default function SkillsPage() {
  const categories = getCategories().filter((category) => category.skills.length > 0);
  const skills = getSkills();
  const levels = PROFICIENCY_LEVELS.filter((level) => skills.some((skill) => skill.proficiency === level));
  const t = messages();
  return (
    <>
      <JsonLd graph={simplePageGraph(page(), "CollectionPage")} />
      <PageIntro title={t.sections.skill.label} lede={t.skills.lede} />
      {radarFits(skills.length) && (
        <section aria-label={t.skills.radar} className="mb-12">
          {/* Every point is a link; keyboard users can jump straight to the list. */}
          <a
            href="#skill-list"
            className="sr-only rounded-lg bg-accent px-4 py-3 text-sm font-semibold text-on-accent focus:not-sr-only focus:mb-3 focus:inline-block"
          >
            {t.skills.skipRadar}
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
          levels={levels.map((level) => ({ value: level, label: t.levels[level].label }))}
          tags={getTags().map((tag) => ({ value: tag.slug, label: tag.label }))}
          searchHint={searchExample(skills)}
          labels={t.filter}
          total={counted(t.counts.skills, skills.length)}
        />
      </div>
    </>
  );
}
