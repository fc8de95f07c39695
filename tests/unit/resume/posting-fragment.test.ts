/** The posting travels to /resume/ in the URL fragment and comes back unchanged, whatever it holds. */
import { describe, expect, it } from "vitest";
import { postingFragment, postingFromFragment } from "@/lib/resume/posting-fragment";

describe("posting fragment", () => {
  it("round-trips any text: C++, C#, .NET, 100% & more, line breaks, emoji, non-Latin letters", () => {
    const posting = "We need C++ & C#, .NET 8 (100%)\nStraße Łódź 🚀 #remote ?yes=1";
    const fragment = postingFragment(posting);
    expect(fragment).toMatch(/^#posting=/);
    // Nothing a URL would read as the start of a query or of another fragment.
    expect(fragment.slice(1)).not.toMatch(/[#?\s]/);
    expect(postingFromFragment(fragment)).toBe(posting);
    expect(postingFromFragment(new URL(`https://example.test/resume/${fragment}`).hash)).toBe(posting);
  });

  it("leaves the spaces around a posting out of the address", () => {
    expect(postingFragment("  \n Go developer \n")).toBe(postingFragment("Go developer"));
  });

  it("finds no posting in an empty or unrelated fragment", () => {
    for (const hash of ["", "#", "#contact", "#posting=", "#posting=%20%20"]) expect(postingFromFragment(hash)).toBeUndefined();
  });
});
