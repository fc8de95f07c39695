import { describe, expect, it } from "vitest";
import { ContentError, formatProblem } from "@/lib/content/problems";

describe("formatProblem", () => {
  it("shows file:line field: message", () => {
    expect(formatProblem({ file: "content/skills/redis.md", line: 4, field: "years", message: 'expected a number or "N+"', severity: "error" })).toBe(
      'content/skills/redis.md:4 years: expected a number or "N+"',
    );
  });

  it("leaves out the line and field when they are not known", () => {
    expect(formatProblem({ file: "content/profile.md", message: "file is missing", severity: "error" })).toBe("content/profile.md file is missing");
  });
});

describe("ContentError", () => {
  it("counts and lists only errors in its message, but keeps warnings in problems", () => {
    const error = new ContentError([
      { file: "content/a.md", message: "broken", severity: "error" },
      { file: "content/b.txt", message: "ignored", severity: "warning" },
    ]);
    expect(error.message).toBe("1 problem in content:\ncontent/a.md broken");
    expect(error.problems).toHaveLength(2);
    expect(error.name).toBe("ContentError");
  });
});
