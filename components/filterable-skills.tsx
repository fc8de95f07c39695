"use client";

import { type ReactNode, useEffect, useState } from "react";
import { hydrates } from "@/lib/hydrates";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/fill";
import type { SkillFilter } from "@/lib/search/filter-skills";
import { filterFromSearch, filterToSearch, isFiltered, matchesFilter, NO_FILTER } from "@/lib/search/filter-skills";
import type { SkillIndexEntry } from "@/lib/search/skill-index";
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

/** The filter in the URL's query: read on load and on back and forward, written on each change without a new history entry. */
function useUrlFilter(): [SkillFilter, (change: Partial<SkillFilter>) => void] {
  const [filter, setFilter] = useState<SkillFilter>(NO_FILTER);
  useEffect(() => {
    const fromUrl = () => setFilter(filterFromSearch(location.search));
    fromUrl();
    addEventListener("popstate", fromUrl);
    return () => removeEventListener("popstate", fromUrl);
  }, []);
  const update = (change: Partial<SkillFilter>) => {
    const next = { ...filter, ...change };
    setFilter(next);
    history.replaceState(history.state, "", `${location.pathname}${filterToSearch(next)}`);
  };
  return [filter, update];
}

interface FilterFormProps {
  filter: SkillFilter;
  update: (change: Partial<SkillFilter>) => void;
  options: Record<"category" | "level" | "tag", Option[]>;
  searchHint?: string;
  labels: Messages["filter"];
  /** "Showing 3 of 12 skills" while filtered, else the total. */
  status: string;
}

function FilterSelect({
  name,
  filter,
  update,
  options,
  labels,
}: Pick<FilterFormProps, "filter" | "update" | "labels"> & { name: keyof FilterFormProps["options"]; options: Option[] }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-tone-600 dark:text-tone-400">
      {labels[name]}
      <select className={control} value={filter[name]} onChange={(event) => update({ [name]: event.target.value })}>
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

function FilterForm({ filter, update, options, searchHint, labels, status }: FilterFormProps) {
  return (
    <div className="mb-10 rounded-xl border border-tone-200 bg-white p-4 dark:border-tone-800 dark:bg-tone-900/60">
      <form
        role="search"
        aria-label={labels.label}
        className="grid grid-cols-3 gap-3 lg:grid-cols-[2fr_1fr_1fr_1fr]"
        onSubmit={(event) => event.preventDefault()}
      >
        <label className="col-span-3 flex flex-col gap-1 text-xs font-medium text-tone-600 lg:col-span-1 dark:text-tone-400">
          {labels.search}
          <input
            type="search"
            name="q"
            className={control}
            placeholder={searchHint ? fill(labels.placeholderWithExample, { example: searchHint }) : labels.placeholder}
            value={filter.q}
            onChange={(event) => update({ q: event.target.value })}
          />
        </label>
        {(["category", "level", "tag"] as const).map((name) => (
          <FilterSelect key={name} name={name} filter={filter} update={update} options={options[name]} labels={labels} />
        ))}
      </form>
      <div className="mt-2 flex min-h-11 flex-wrap items-center justify-between gap-2 text-sm text-tone-600 dark:text-tone-400">
        <p role="status" aria-live="polite">
          {status}
        </p>
        {isFiltered(filter) && (
          <button type="button" className="min-h-11 px-2 font-medium text-accent hover:underline" onClick={() => update(NO_FILTER)}>
            {labels.clear}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * Filters the server-rendered skill cards. Without JavaScript every card stays
 * listed; with it, the filter follows and updates the URL.
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
  const [filter, update] = useUrlFilter();
  const bySlug = new Map(index.map((entry) => [entry.slug, entry]));
  const visible = sections
    .map((section) => ({ ...section, cards: section.cards.filter(({ slug }) => matchesFilter(bySlug.get(slug)!, filter)) }))
    .filter((section) => section.cards.length > 0);
  const shown = visible.reduce((count, section) => count + section.cards.length, 0);
  const status = isFiltered(filter) ? fill(labels.showing, { shown, total }) : total;

  return (
    <div {...hydrates} className="contents">
      <FilterForm
        filter={filter}
        update={update}
        options={{ category: categories, level: levels, tag: tags }}
        searchHint={searchHint}
        labels={labels}
        status={status}
      />
      {shown === 0 && <p className="text-tone-700 dark:text-tone-300">{labels.none}</p>}
      <div className="flex flex-col gap-14">
        {visible.map((section) => (
          <Section key={section.slug} id={section.slug} title={section.title} description={section.description}>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {section.cards.map(({ slug, card }) => (
                <li key={slug}>{card}</li>
              ))}
            </ul>
          </Section>
        ))}
      </div>
    </div>
  );
}
