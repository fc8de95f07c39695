// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LevelBadge } from "@/components/level-badge";

afterEach(cleanup);

describe("LevelBadge", () => {
  it("names the level in text, not only in colour", () => {
    render(<LevelBadge level="production" />);
    expect(screen.getByText("Production")).toBeTruthy();
    expect(screen.getByText(/proficiency \(3 of 4\)/)).toBeTruthy();
  });

  it("shows learning as learning, with no experience meter", () => {
    const { container } = render(<LevelBadge level="learning" />);
    expect(screen.getByText("Learning")).toBeTruthy();
    expect(container.textContent).not.toMatch(/of 4/);
    expect(container.firstElementChild?.getAttribute("title")).toMatch(/not production experience/);
  });
});
