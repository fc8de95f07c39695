/**
 * A problem found in the owner's content. Every problem names the file, and
 * where it can, the line and the field, so the owner can fix it without
 * reading a stack trace.
 */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes: `content/skills/redis.md`. */
  file: string;
  line?: number;
  field?: string;
  message: string;
  severity: "error" | "warning";
}

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return field ? `${where} ${field}: ${message}` : `${where} ${message}`;
}

/** Thrown when content has errors; carries every problem so they can be listed at once. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === "error");
    super(`${errors.length} problem${errors.length === 1 ? "" : "s"} in content:\n${errors.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Collects problems while content is read, so one run reports all of them. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  error(file: string, message: string, where: { line?: number; field?: string } = {}): void {
    this.items.push({ file, message, severity: "error", ...where });
  }

  warn(file: string, message: string, where: { line?: number; field?: string } = {}): void {
    this.items.push({ file, message, severity: "warning", ...where });
  }

  get hasErrors(): boolean {
    return this.items.some((problem) => problem.severity === "error");
  }
}
