// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SkillsRadar } from "@/components/skills-radar";
import { achievement, category, project, skill } from "./records";

afterEach(cleanup);

function content() {
  const core = category({ slug: "core", title: "Core technologies" });
  const exploring = category({ slug: "exploring", title: "Exploring" });
  const skills = [
    skill({
      slug: "postgresql",
      title: "PostgreSQL",
      category: core,
      proficiency: "production",
      years: { value: 3, orMore: true },
      projects: [project(), project({ slug: "shop" })],
    }),
    skill({ slug: "python", title: "Python", category: core, proficiency: "expert", years: { value: 1, orMore: false }, achievements: [achievement()] }),
    skill({ slug: "rust", title: "Rust", category: exploring, proficiency: "learning" }),
  ];
  core.skills = skills.slice(0, 2);
  exploring.skills = skills.slice(2);
  return { categories: [core, exploring], skills };
}

describe("SkillsRadar", () => {
  it("makes every skill a link to its page, named with its level, years and evidence", () => {
    render(<SkillsRadar {...content()} />);
    const radar = screen.getByRole("group", { name: "Skills radar: 3 skills by category and level" });
    expect(within(radar).getByRole("link", { name: "PostgreSQL, production, 3+ years, 2 projects" }).getAttribute("href")).toBe("/skills/postgresql/");
    expect(within(radar).getByRole("link", { name: "Python, expert, 1 year, 1 result" }).getAttribute("href")).toBe("/skills/python/");
    expect(within(radar).getByRole("link", { name: "Rust, learning" }).getAttribute("href")).toBe("/skills/rust/");
  });

  it("draws learning as a dashed, hollow point and everything else solid", () => {
    const { container } = render(<SkillsRadar {...content()} />);
    const dot = (name: RegExp) => screen.getByRole("link", { name }).querySelectorAll("circle")[2]!;
    expect(dot(/^Rust/).getAttribute("stroke-dasharray")).toBeTruthy();
    expect(dot(/^PostgreSQL/).getAttribute("stroke-dasharray")).toBeNull();
    expect(container.querySelectorAll("[style]")).toHaveLength(0);
  });

  it("names the sectors and the rings in a legend beside the picture", () => {
    render(<SkillsRadar {...content()} />);
    const sectors = screen.getByRole("list", { name: "Sectors" });
    expect(
      within(sectors)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["1Core technologies (2)", "2Exploring (1)"]);
    expect(screen.getByText(/Rings from the centre: Expert, Production; Learning outside, dashed/)).toBeTruthy();
  });

  it("writes names beside the points on the full radar and leaves them to hover and focus on the compact one", () => {
    const full = render(<SkillsRadar {...content()} />);
    const besideLabels = () => [...document.querySelectorAll("text[text-anchor='start'], text[text-anchor='end']")].map((text) => text.textContent);
    expect(besideLabels().sort()).toEqual(["PostgreSQL", "Python", "Rust"]);
    full.unmount();
    render(<SkillsRadar {...content()} variant="compact" />);
    expect(besideLabels()).toEqual([]);
    expect(screen.getAllByRole("link")).toHaveLength(3);
  });
});
