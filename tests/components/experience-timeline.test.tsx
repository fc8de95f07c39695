// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ExperienceTimeline } from "@/components/experience-timeline";
import type { Experience } from "@/lib/content";

afterEach(cleanup);

const entry = (overrides: Partial<Experience>): Experience => ({
  kind: "experience",
  slug: "code-club",
  organization: "Code Club",
  volunteer: false,
  current: false,
  highlights: [],
  skills: [],
  projects: [],
  html: "",
  source: "content/experience/code-club.md",
  ...overrides,
});

/** What the entry's detail line says, part by part. */
const details = (experience: Experience) => {
  const { container } = render(<ExperienceTimeline experience={[experience]} />);
  return [...container.querySelectorAll("h3 + p > span")].map((part) => part.textContent);
};

describe("ExperienceTimeline", () => {
  it("says that volunteer work is volunteering, with the role or without one", () => {
    expect(details(entry({ role: "Mentor", volunteer: true }))).toEqual(["Mentor (volunteer)"]);
    cleanup();
    expect(details(entry({ volunteer: true }))).toEqual(["Volunteer"]);
    cleanup();
    expect(details(entry({ role: "Engineer" }))).toEqual(["Engineer"]);
  });
});
