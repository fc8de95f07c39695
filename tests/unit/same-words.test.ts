import { expect, it } from "vitest";
import { sameWords } from "@/lib/same-words";

it.each([
  ["Skills", "skills", true],
  ["Skills:", "SKILLS", true],
  ["Fähigkeiten", "Fahigkeiten", true],
  ["Core skills", "Skills", false],
  ["Skills", "Skill", false],
])("%j and %j say the same words: %s", (a, b, same) => {
  expect(sameWords(a, b)).toBe(same);
});
