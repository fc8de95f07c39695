/** `npm run check` refuses an accent that cannot be read, naming the file, line, ratio and a colour that passes. */
import { describe, expect, it } from "vitest";
import { nearestPassingAccent } from "@/lib/look/palette";
import { copyValidFixture, expectLoads, expectProblems, readFile, writeFile } from "../content/fixture";

function withLook(dir: string, look: string[]): void {
  const profile = readFile(dir, "profile.md").replace(/^categories:/m, `look:\n${look.map((line) => `  ${line}`).join("\n")}\ncategories:`);
  writeFile(dir, "profile.md", profile);
}

describe("the profile's look", () => {
  it("is optional: the default accent, tone, theme and corners", () => {
    const { content } = expectLoads(copyValidFixture());
    expect(content.profile.look).toEqual({ accent: "#0f766e", neutral: "slate", theme: "system", corners: "rounded", font: "geist" });
  });

  it("refuses a pale yellow accent with the measured ratio and the nearest colour that passes", () => {
    const dir = copyValidFixture();
    withLook(dir, ['accent: "#fde047"']);
    const [problem, ...others] = expectProblems(dir);
    expect(others).toEqual([]);
    const line =
      readFile(dir, "profile.md")
        .split("\n")
        .findIndex((text) => text.includes("#fde047")) + 1;
    expect(problem).toMatch(new RegExp(`^content/profile\\.md:${line} look\\.accent: `));
    expect(problem).toContain("1.26:1");
    expect(problem).toContain(`"${nearestPassingAccent("#fde047", "slate")}"`);
  });

  it("accepts the suggested colour", () => {
    const dir = copyValidFixture();
    withLook(dir, [`accent: "${nearestPassingAccent("#fde047", "slate")}"`, "neutral: stone", "theme: dark", "corners: square"]);
    expect(expectLoads(dir).content.profile.look.theme).toBe("dark");
  });

  it("names the choices of a field it does not know", () => {
    const dir = copyValidFixture();
    withLook(dir, ["neutral: beige"]);
    expect(expectProblems(dir)).toEqual([expect.stringContaining('look.neutral: expected one of "slate", "gray", "zinc", "neutral", "stone", got "beige"')]);
  });
});
