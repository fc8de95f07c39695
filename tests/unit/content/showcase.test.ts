import { describe, expect, it } from "vitest";
import type { Achievement, Project, Skill } from "@/lib/content/records";
import { homeShowcase, SHOWCASE_LIMITS } from "@/lib/content/showcase";

type Level = Skill["proficiency"];
const skill = (title: string, proficiency: Level, extra: Partial<Skill> = {}) =>
  ({
    title,
    proficiency,
    featured: false,
    projects: [],
    achievements: [],
    experience: [],
    articles: [],
    publications: [],
    talks: [],
    ...extra,
  }) as unknown as Skill;
const result = (metric: string, featured = false, skills: Skill[] = []) => ({ metric, featured, skills }) as unknown as Achievement;
const project = (title: string, featured = false, achievements: Achievement[] = []) => ({ title, featured, achievements, skills: [] }) as unknown as Project;
const titles = (records: { title: string }[]) => records.map((record) => record.title);

describe("home's showcase", () => {
  it("leads with what the owner featured, in their order, and leaves the rest as chips", () => {
    const skills = [skill("Go", "expert"), skill("Rust", "working", { featured: true }), skill("SQL", "advanced", { featured: true })];
    const showcase = homeShowcase({ skills, achievements: [], projects: [] });
    expect(titles(showcase.skills)).toEqual(["Rust", "SQL"]);
    expect(titles(showcase.otherSkills)).toEqual(["Go"]);
  });

  it("chooses the strongest skills by level, then years, then evidence when nothing is featured, and never a learning one", () => {
    const years = (value: number) => ({ years: { value, orMore: false } }) as Partial<Skill>;
    const skills = [
      skill("Kotlin", "learning"),
      skill("Swift", "production", years(2)),
      skill("React Native", "expert", years(3)),
      skill("TypeScript", "expert", years(6)),
      skill("Expo", "production", { ...years(2), projects: [{} as Project] }),
      skill("Bash", "working"),
    ];
    const showcase = homeShowcase({ skills, achievements: [], projects: [] });
    expect(titles(showcase.skills)).toEqual(["TypeScript", "React Native", "Expo", "Swift"]);
    expect(titles(showcase.otherSkills)).toEqual(["Bash"]);
  });

  it("shows the best of a site whose skills are all below production level, at most the limit", () => {
    const skills = Array.from({ length: 9 }, (_, index) => skill(`Skill ${index}`, "working"));
    expect(homeShowcase({ skills, achievements: [], projects: [] }).skills).toHaveLength(SHOWCASE_LIMITS.skills);
  });

  it("shows results and projects when none is featured: the ones with most evidence first", () => {
    const shown = result("Crash-free sessions");
    const achievements = [result("Downloads"), shown, result("Rating", false, [skill("Swift", "expert")])];
    const projects = [project("Blog"), project("Trail app", false, [shown])];
    const showcase = homeShowcase({ skills: [], achievements, projects });
    expect(showcase.results.map((each) => each.metric)).toEqual(["Rating", "Downloads", "Crash-free sessions"]);
    expect(titles(showcase.projects)).toEqual(["Trail app", "Blog"]);
    expect(homeShowcase({ skills: [], achievements: [result("A", true), result("B")], projects: [] }).results.map((each) => each.metric)).toEqual(["A"]);
  });
});
