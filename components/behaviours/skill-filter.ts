/**
 * The skills list's filter in the browser: search, category, level and tag
 * narrow the server-rendered cards (components/filterable-skills.tsx), the
 * count says how many are shown, and the filter lives in the URL, read on
 * load and on back and forward, written on each change without a new history
 * entry. Without JavaScript every card stays listed.
 *
 * Bundled from its imports into one small file of the site (lib/browser-script.ts),
 * so the page needs no framework for it.
 */
import { fill } from "@/lib/i18n/fill";
import { type FilterEntry, filterFromSearch, filterToSearch, isFiltered, matchesFilter, NO_FILTER, type SkillFilter } from "@/lib/search/filter-skills";

/** What the page hands the filter, as JSON in a `<script type="application/json">` inside its root. */
export interface SkillFilterData {
  index: FilterEntry[];
  /** "Showing {shown} of {total}" */
  showing: string;
  /** How many skills there are, in words: "12 skills". */
  total: string;
}

const FIELDS = Object.keys(NO_FILTER) as (keyof SkillFilter)[];

function startSkillFilter(root: HTMLElement): void {
  const data: SkillFilterData = JSON.parse(root.querySelector('script[type="application/json"]')?.textContent ?? "{}");
  const bySlug = new Map(data.index.map((entry) => [entry.slug, entry]));
  const form = root.querySelector("form")!;
  const field = (name: keyof SkillFilter) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-filter-part="${name}"]`)!;

  const show = (filter: SkillFilter) => {
    let shown = 0;
    for (const section of root.querySelectorAll<HTMLElement>("[data-filter-section]")) {
      const cards = [...section.querySelectorAll<HTMLElement>("[data-skill]")];
      for (const card of cards) card.hidden = !matchesFilter(bySlug.get(card.dataset.skill!)!, filter);
      const inSection = cards.filter((card) => !card.hidden).length;
      section.hidden = inSection === 0;
      shown += inSection;
    }
    part("status").textContent = isFiltered(filter) ? fill(data.showing, { shown, total: data.total }) : data.total;
    part("clear").hidden = !isFiltered(filter);
    part("none").hidden = shown > 0;
  };
  const apply = (filter: SkillFilter, { toUrl }: { toUrl: boolean }) => {
    for (const name of FIELDS) if (field(name).value !== filter[name]) field(name).value = filter[name];
    show(filter);
    if (toUrl) history.replaceState(history.state, "", `${location.pathname}${filterToSearch(filter)}`);
  };
  const fromForm = () => Object.fromEntries(FIELDS.map((name) => [name, field(name).value])) as unknown as SkillFilter;

  form.addEventListener("input", () => apply(fromForm(), { toUrl: true }));
  form.addEventListener("submit", (event) => event.preventDefault());
  part("clear").addEventListener("click", () => apply(NO_FILTER, { toUrl: true }));
  addEventListener("popstate", () => apply(filterFromSearch(location.search), { toUrl: false }));
  apply(filterFromSearch(location.search), { toUrl: false });
}

/** Starts the filter of every list on the page that has one. */
export function startSkillFilters(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-skill-filter]")) startSkillFilter(root);
}
