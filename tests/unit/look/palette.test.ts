/** The owner's accent must read as text in both themes; a colour that cannot is refused with the nearest that can. */
import { wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import { AA_TEXT, contrastPairs, derivePalette, failingPairs, NEUTRAL_TONES, nearestPassingAccent } from "@/lib/look/palette";

/** Accents across the wheel, light and dark, as owners pick them. */
const ACCENTS = ["#0f766e", "#2563eb", "#7c3aed", "#be123c", "#b45309", "#15803d", "#111827", "#000000"];

describe("derivePalette", () => {
  it("keeps the owner's accent as written for the light theme", () => {
    expect(derivePalette("#2563EB", "slate").light.accent).toBe("#2563eb");
  });

  it.each(NEUTRAL_TONES)("passes AA for every pair with readable accents on the %s tone", (neutral) => {
    for (const accent of ACCENTS) expect(failingPairs(derivePalette(accent, neutral)), accent).toEqual([]);
  });

  it("gives the dark theme a light shade of the same hue", () => {
    const { light, dark, tone } = derivePalette("#7c3aed", "zinc");
    expect(wcagContrast(dark.accent, tone["950"])).toBeGreaterThanOrEqual(AA_TEXT);
    expect(wcagContrast(dark.accent, "#ffffff")).toBeLessThan(wcagContrast(light.accent, "#ffffff"));
  });

  it("takes the neutral tone's shades from Tailwind's palette", () => {
    expect(derivePalette("#0f766e", "slate").tone["50"]).toBe("#f8fafc");
    expect(derivePalette("#0f766e", "stone").tone["900"]).toBe("#1c1917");
  });
});

describe("contrast", () => {
  it("measures a pale yellow below AA for links and buttons on the light page", () => {
    const failing = failingPairs(derivePalette("#fde047", "slate"));
    expect(failing.map((pair) => `${pair.theme}: ${pair.use}`)).toContain("light: links on white");
    expect(Math.min(...failing.map((pair) => pair.ratio))).toBeLessThan(1.5);
  });

  it("checks both themes", () => {
    const themes = new Set(contrastPairs(derivePalette("#0f766e", "slate")).map((pair) => pair.theme));
    expect([...themes]).toEqual(["light", "dark"]);
  });

  it.each(["#fde047", "#ca8a04", "#22d3ee", "#f472b6", "#a3e635"])("suggests for %s the nearest accent that passes, of the same hue", (accent) => {
    const nearest = nearestPassingAccent(accent, "slate");
    expect(nearest).toBeDefined();
    expect(failingPairs(derivePalette(nearest!, "slate"))).toEqual([]);
    // Darker only as far as needed: one step lighter fails.
    expect(wcagContrast(nearest!, "#ffffff")).toBeLessThan(AA_TEXT + 0.3);
  });

  it("suggests the accent itself when it passes", () => {
    expect(nearestPassingAccent("#0f766e", "slate")).toBe("#0f766e");
  });
});
