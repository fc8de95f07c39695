/** Checks parsed front matter against its schema and turns every failure into a readable problem. */
import type { z } from "zod";
import type { ParsedSource } from "./front-matter";
import type { ProblemList } from "./problems";
import { didYouMean } from "./slug";

const EXPECTED_TYPE: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list, like [a, b]",
  object: "a group of fields",
};

/** How a value the owner wrote is quoted back in a message. */
export function describeValue(value: unknown): string {
  if (value === null) return "an empty value";
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : `${index ? "." : ""}${String(part)}`)).join("");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const got = "input" in issue && issue.input !== undefined ? `, got ${describeValue(issue.input)}` : "";
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `required field is missing; expected ${EXPECTED_TYPE[issue.expected] ?? issue.expected}`;
      return `expected ${EXPECTED_TYPE[issue.expected] ?? issue.expected}${got}`;
    case "invalid_value": {
      const choices = issue.values.map((value) => JSON.stringify(value)).join(", ");
      const hint = typeof issue.input === "string" ? didYouMean(issue.input, issue.values.map(String)) : "";
      return `expected one of ${choices}${got}${hint}`;
    }
    default:
      return issue.message.startsWith("expected") ? `${issue.message}${got}` : issue.message;
  }
}

/** The data as the schema outputs it, or undefined after recording every problem with it. */
export function validateFrontMatter<Schema extends z.ZodObject>(
  source: ParsedSource,
  schema: Schema,
  problems: ProblemList,
): z.output<Schema> | undefined {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return result.data;
  const knownFields = Object.keys(schema.shape);
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.error(source.file.path, `unknown field${didYouMean(key, knownFields)} (expected: ${knownFields.join(", ")})`, {
          field: key,
          line: source.fieldLines.get(key),
        });
      }
      continue;
    }
    const topField = String(issue.path[0] ?? "");
    problems.error(source.file.path, describeIssue(issue), {
      field: fieldName(issue.path) || undefined,
      line: source.fieldLines.get(topField),
    });
  }
  return undefined;
}
