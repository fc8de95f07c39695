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
  const expected =
    issue.code === "invalid_type"
      ? `expected ${EXPECTED_TYPE[issue.expected] ?? issue.expected}`
      : issue.message.startsWith("expected")
        ? issue.message
        : undefined;
  // With `reportInput`, a field that is not there at all has an undefined input.
  if ("input" in issue && issue.input === undefined) return `required field is missing${expected ? `; ${expected}` : ""}`;
  const got = "input" in issue ? `, got ${describeValue(issue.input)}` : "";
  if (issue.code === "invalid_value") {
    const choices = issue.values.map((value) => JSON.stringify(value)).join(", ");
    const hint = typeof issue.input === "string" ? didYouMean(issue.input, issue.values.map(String)) : "";
    return `expected one of ${choices}${got}${hint}`;
  }
  return expected ? `${expected}${got}` : issue.message;
}

/** The data as the schema outputs it, or undefined after recording every problem with it. */
export function validateFrontMatter<Schema extends z.ZodObject>(source: ParsedSource, schema: Schema, problems: ProblemList): z.output<Schema> | undefined {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const knownFields = fieldsAt(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.error(source.file.path, `unknown field${didYouMean(key, knownFields)} (expected: ${knownFields.join(", ")})`, {
          field: fieldName(path),
          line: source.lineOf(path),
        });
      }
      continue;
    }
    problems.error(source.file.path, describeIssue(issue), {
      field: fieldName(issue.path) || undefined,
      line: source.lineOf(issue.path),
    });
  }
  return undefined;
}

interface SchemaDef {
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
}

const definition = (type: z.core.$ZodType) => type._zod.def as SchemaDef;

/** Looks through optional and default wrappers to the schema they wrap. */
function unwrap(type: z.core.$ZodType): z.core.$ZodType {
  for (let inner = definition(type).innerType; inner; inner = definition(type).innerType) type = inner;
  return type;
}

/** The field names of the object schema at `path` (list items included), for naming what an unknown field could have been. */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const part of path) {
    const next = typeof part === "number" ? definition(current).element : definition(current).shape?.[String(part)];
    if (!next) return [];
    current = unwrap(next);
  }
  return Object.keys(definition(current).shape ?? {});
}
