import { describe, expect, it } from "vitest";
import { browserChecksOf, type RegressionSeed } from "@/tests/generated/regression-seeds";

const SEEDS: RegressionSeed[] = [
  { seed: 1, found: "a page scrolled sideways", browser: "no axe or policy violation" },
  { seed: 1, found: "the export was invalid", browser: false },
  { seed: 1, found: "the radar lost a name", browser: "radar" },
  { seed: 2, found: "the build failed", browser: false },
  { seed: 3, found: "a page scrolled sideways", browser: "sweep" },
  { seed: 3, found: "anything, seen in the browser" },
];

describe("the browser checks a regression seed runs", () => {
  it("runs the specs that found its bugs, whichever finding names them", () => {
    expect(browserChecksOf(1, SEEDS)).toBe("no axe or policy violation|radar");
  });

  it("runs none when the build or the export checks found all of them", () => {
    expect(browserChecksOf(2, SEEDS)).toBe(false);
  });

  it("runs every spec when one finding names none, and for a seed that found nothing", () => {
    expect(browserChecksOf(3, SEEDS)).toBeUndefined();
    expect(browserChecksOf(4, SEEDS)).toBeUndefined();
  });
});
