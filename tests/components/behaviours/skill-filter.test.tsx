// @vitest-environment happy-dom
/** The skills list's filter: the list as rendered at build time, narrowed in the browser. */
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSkillFilters } from "@/components/behaviours/skill-filter";
import { FilterableSkills } from "@/components/filterable-skills";
import { en } from "@/lib/i18n/en";
import { indexEntry } from "@/lib/search/skill-index";

const skills = [
  { slug: "postgresql", title: "PostgreSQL", category: "data", proficiency: "expert", aliases: ["Postgres"], tags: [{ slug: "sql", label: "SQL" }] },
  { slug: "redis", title: "Redis", category: "data", proficiency: "learning", aliases: [], tags: [] },
  { slug: "go", title: "Go", category: "languages", proficiency: "production", aliases: ["Golang"], tags: [] },
] as const;

function renderList() {
  const index = skills.map((skill) => indexEntry({ ...skill, evidence: { projects: 0, achievements: 0 } }));
  const section = (slug: string, title: string) => ({
    slug,
    title,
    cards: skills.filter((skill) => skill.category === slug).map((skill) => ({ slug: skill.slug, card: <h3>{skill.title}</h3> })),
  });
  const option = (value: string) => ({ value, label: value });
  render(
    <FilterableSkills
      sections={[section("data", "Data"), section("languages", "Languages")]}
      index={index}
      categories={["data", "languages"].map(option)}
      levels={["expert", "production", "learning"].map(option)}
      tags={[option("sql")]}
      labels={en.filter}
      total="3 skills"
    />,
  );
  startSkillFilters();
}

const shown = () => screen.queryAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
const sections = () => screen.queryAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
const status = () => screen.getByRole("status").textContent;
const search = (text: string) => fireEvent.input(screen.getByRole("searchbox"), { target: { value: text } });

beforeEach(() => history.replaceState(null, "", "/skills/"));
afterEach(cleanup);

describe("the skills filter", () => {
  it("lists every skill and counts them before anything is chosen", () => {
    renderList();
    expect(shown()).toEqual(["PostgreSQL", "Redis", "Go"]);
    expect(status()).toBe("3 skills");
    expect(screen.queryByRole("button", { name: en.filter.clear })).toBeNull();
  });

  it("finds a skill by another spelling, hides the sections left empty, and writes the filter into the URL", () => {
    renderList();
    search("golang");
    expect(shown()).toEqual(["Go"]);
    expect(sections()).toEqual(["Languages"]);
    expect(status()).toBe("Showing 1 of 3 skills");
    expect(location.search).toBe("?q=golang");
  });

  it("says so when nothing matches, and clearing brings everything back", () => {
    renderList();
    search("cobol");
    expect(shown()).toEqual([]);
    expect(screen.getByText(en.filter.none).hidden).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: en.filter.clear }));
    expect(shown()).toEqual(["PostgreSQL", "Redis", "Go"]);
    expect(screen.getByText(en.filter.none).hidden).toBe(true);
    expect(location.search).toBe("");
    expect((screen.getByRole("searchbox") as HTMLInputElement).value).toBe("");
  });

  it("opens filtered from a shared URL, its controls showing the filter", () => {
    history.replaceState(null, "", "/skills/?level=learning");
    renderList();
    expect(shown()).toEqual(["Redis"]);
    expect((screen.getByRole("combobox", { name: en.filter.level }) as HTMLSelectElement).value).toBe("learning");
  });
});
