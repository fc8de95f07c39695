import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { PageIntro } from "@/components/page-intro";
import { Section } from "@/components/section";
import { SkillCard } from "@/components/skill-card";
import { getCategories } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  title: "Skills",
  description: "Every technology and practice, grouped by category, with level, years and the evidence behind it.",
  route: routes.skills,
});

export default function SkillsPage() {
  const categories = getCategories().filter((category) => category.skills.length > 0);
  return (
    <>
      <PageIntro
        title="Skills"
        lede="Grouped by category, strongest first. Each card shows the level, the years of use and how many projects and results back it up."
      />
      <nav aria-label="Skill categories" className="-mt-4 mb-12">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {categories.map((category) => (
            <li key={category.slug}>
              <a
                href={`#${category.slug}`}
                className="inline-flex min-h-11 items-center text-teal-700 hover:text-teal-900 dark:text-teal-300 dark:hover:text-teal-100"
              >
                {category.title} <span className="tabular ml-1 text-slate-500 dark:text-slate-400">({category.skills.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-col gap-14">
        {categories.map((category) => (
          <Section key={category.slug} id={category.slug} title={category.title} description={category.description}>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {category.skills.map((skill) => (
                <li key={skill.slug}>
                  <SkillCard skill={skill} showTags />
                </li>
              ))}
            </ul>
          </Section>
        ))}
      </div>
    </>
  );
}
