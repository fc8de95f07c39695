// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LevelBadge } from "@/components/level-badge";
import { PROFICIENCY_LEVELS } from "@/lib/content/proficiency";

afterEach(cleanup);

describe("LevelBadge", () => {
  it("names the level in text, not only in colour", () => {
    render(<LevelBadge level="production" />);
    expect(screen.getByText("Production")).toBeTruthy();
    expect(screen.getByText(/proficiency \(2 of 4\)/)).toBeTruthy();
  });

  it("gives each of the five levels a look of its own, readable without colour", () => {
    const looks = PROFICIENCY_LEVELS.map((level) => {
      const { container } = render(<LevelBadge level={level} />);
      const filled = container.querySelectorAll("[data-filled]").length;
      const look = `${filled} filled, ${container.textContent}`;
      cleanup();
      return look;
    });
    expect(new Set(looks).size).toBe(PROFICIENCY_LEVELS.length);
    expect(looks).toEqual([
      "4 filled, Expert proficiency (4 of 4)",
      "3 filled, Advanced proficiency (3 of 4)",
      "2 filled, Production proficiency (2 of 4)",
      "1 filled, Working proficiency (1 of 4)",
      "0 filled, Learning",
    ]);
  });

  it("shows learning as learning, with no experience meter", () => {
    const { container } = render(<LevelBadge level="learning" />);
    expect(screen.getByText("Learning")).toBeTruthy();
    expect(container.textContent).not.toMatch(/of 4/);
    expect(container.firstElementChild?.getAttribute("title")).toMatch(/not production experience/);
  });
});
