// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SkillCard } from "@/components/skill-card";
import { achievement, project, skill } from "./records";

afterEach(cleanup);

describe("SkillCard", () => {
  it("links the name to the skill's own page", () => {
    render(<SkillCard skill={skill()} />);
    expect(screen.getByRole("link", { name: "PostgreSQL" }).getAttribute("href")).toBe("/skills/postgresql/");
  });

  it("shows level, years and the summary", () => {
    render(<SkillCard skill={skill({ years: { value: 3, orMore: true } })} />);
    expect(screen.getByText("Production")).toBeTruthy();
    expect(screen.getByText("3+ years")).toBeTruthy();
    expect(screen.getByText("Designs and runs production databases.")).toBeTruthy();
  });

  it("counts the evidence behind the skill", () => {
    render(<SkillCard skill={skill({ projects: [project(), project({ slug: "other" })], achievements: [achievement()] })} />);
    expect(screen.getByText("2 projects · 1 result")).toBeTruthy();
  });

  it("leaves out years and evidence when there are none", () => {
    const { container } = render(<SkillCard skill={skill()} />);
    expect(container.textContent).not.toMatch(/year|project|result/);
  });
});
