import type { ReactNode } from "react";
import type { SkillFilterData } from "@/components/behaviours/skill-filter";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/fill";
import { routes } from "@/lib/routes";
import { filterEntry } from "@/lib/search/filter-skills";
import type { SkillIndexEntry } from "@/lib/search/skill-index";
import { basePath } from "@/lib/site-config";
import { JsonScript } from "./json-script";
import { Section } from "./section";

export interface FilterSection {
  slug: string;
  title: string;
  description?: string;
  /** Server-rendered cards, keyed by skill slug. */
  cards: { slug: string; card: ReactNode }[];
}

interface Option {
  value: string;
  label: string;
}

const control =
  "min-h-11 w-full min-w-0 rounded-lg border border-tone-300 bg-white px-3 text-sm text-tone-900 dark:border-tone-700 dark:bg-tone-900 dark:text-tone-100";

function FilterSelect({ name, options, labels }: { name: "category" | "level" | "tag"; options: Option[]; labels: Messages["filter"] }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-tone-600 dark:text-tone-400">
      {labels[name]}
      <select name={name} className={control} defaultValue="">
        <option value="">{labels.all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function FilterForm({
  options,
  searchHint,
  labels,
  total,
}: {
  options: Record<"category" | "level" | "tag", Option[]>;
  searchHint?: string;
  labels: Messages["filter"];
  total: string;
}) {
  return (
    <div className="mb-10 rounded-xl border border-tone-200 bg-white p-4 dark:border-tone-800 dark:bg-tone-900/60">
      <form role="search" aria-label={labels.label} className="grid grid-cols-3 gap-3 lg:grid-cols-[2fr_1fr_1fr_1fr]">
        <label className="col-span-3 flex flex-col gap-1 text-xs font-medium text-tone-600 lg:col-span-1 dark:text-tone-400">
          {labels.search}
          <input
            type="search"
            name="q"
            className={control}
            placeholder={searchHint ? fill(labels.placeholderWithExample, { example: searchHint }) : labels.placeholder}
          />
        </label>
        {(["category", "level", "tag"] as const).map((name) => (
          <FilterSelect key={name} name={name} options={options[name]} labels={labels} />
        ))}
      </form>
      <div className="mt-2 flex min-h-11 flex-wrap items-center justify-between gap-2 text-sm text-tone-600 dark:text-tone-400">
        <p role="status" aria-live="polite" data-filter-part="status">
          {total}
        </p>
        <button type="button" hidden data-filter-part="clear" className="min-h-11 px-2 font-medium text-accent hover:underline">
          {labels.clear}
        </button>
      </div>
    </div>
  );
}

/**
 * The skill cards by section, with a filter over them that works in the
 * browser without a framework (components/behaviours/skill-filter.ts, loaded
 * by this list alone). Without JavaScript every card stays listed.
 */
export function FilterableSkills({
  sections,
  index,
  categories,
  levels,
  tags,
  searchHint,
  labels,
  total,
}: {
  sections: FilterSection[];
  index: SkillIndexEntry[];
  categories: Option[];
  levels: Option[];
  tags: Option[];
  /** One of the owner's own spellings, to show what the search box understands. */
  searchHint?: string;
  labels: Messages["filter"];
  /** How many skills there are, in words: "12 skills". */
  total: string;
}) {
  return (
    <div data-skill-filter="">
      <FilterForm options={{ category: categories, level: levels, tag: tags }} searchHint={searchHint} labels={labels} total={total} />
      <p hidden data-filter-part="none" className="text-tone-700 dark:text-tone-300">
        {labels.none}
      </p>
      <div className="flex flex-col gap-14">
        {sections.map((section) => (
          <div key={section.slug} data-filter-section="">
            <Section id={section.slug} title={section.title} description={section.description}>
              <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {section.cards.map(({ slug, card }) => (
                  <li key={slug} data-skill={slug}>
                    {card}
                  </li>
                ))}
              </ul>
            </Section>
          </div>
        ))}
      </div>
      <JsonScript value={{ index: index.map(filterEntry), showing: labels.showing, total } satisfies SkillFilterData} />
      <script src={`${basePath}${routes.skillFilterScript}`} defer />
    </div>
  );
}
