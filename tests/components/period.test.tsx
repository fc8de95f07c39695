// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Period } from "@/components/period";
import type { PartialDate } from "@/lib/content";

afterEach(cleanup);

const day = (iso: string): PartialDate => {
  const [year, month, dayOfMonth] = iso.split("-").map(Number);
  return { year: year!, ...(month && { month }), ...(dayOfMonth && { day: dayOfMonth }), iso };
};

/** The period as read, and the machine-readable dates behind it. */
function shown(period: Parameters<typeof Period>[0]) {
  const { container } = render(<Period {...period} />);
  return { text: container.textContent, dates: [...container.querySelectorAll("time")].map((time) => time.getAttribute("dateTime")) };
}

describe("Period", () => {
  it("reads a day as its month, and keeps the day for machines", () => {
    expect(shown({ start: day("2021-03-15"), end: day("2023") })).toEqual({ text: "Mar 2021 – 2023", dates: ["2021-03-15", "2023"] });
  });

  it("says a month once when both days fall in it", () => {
    expect(shown({ start: day("2021-03-01"), end: day("2021-03-20") })).toEqual({ text: "Mar 2021", dates: ["2021-03-01"] });
  });

  it("reads an open period as going on, or as since, and shows nothing without dates", () => {
    expect(shown({ start: day("2021-03"), current: true }).text).toBe("Mar 2021 – present");
    expect(shown({ start: day("2021") }).text).toBe("since 2021");
    expect(shown({ end: day("2020-11") }).text).toBe("until Nov 2020");
    expect(shown({}).text).toBe("");
  });
});
