// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { YearSections } from "@/components/year-sections";

afterEach(cleanup);

it("groups records under their year, the most recent first, keeping their order within a year, and the undated last", () => {
  const records = [
    { slug: "a", year: 2021 },
    { slug: "b", year: undefined },
    { slug: "c", year: 2024 },
    { slug: "d", year: 2021 },
  ];
  render(<YearSections records={records} year={(record) => record.year} entry={(record) => record.slug} />);
  expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual(["2024", "2021", "Undated"]);
  expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["c", "a", "d", "b"]);
});
