/**
 * Splits a source file into its front matter and its markdown body, and
 * remembers the line of every top-level field so problems can point at it.
 */
import matter from "gray-matter";
import type { ProblemList } from "./problems";
import type { SourceFile } from "./source";

export interface ParsedSource {
  file: SourceFile;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file of each top-level front matter field. */
  fieldLines: ReadonlyMap<string, number>;
}

const OPENING_LINE = 1;

function findFieldLines(text: string): Map<string, number> {
  const lines = text.split("\n");
  const fieldLines = new Map<string, number>();
  for (let index = OPENING_LINE; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trimEnd() === "---") break;
    const field = /^([^\s#:][^:]*?)\s*:(?:\s|$)/.exec(line)?.[1];
    if (field && !fieldLines.has(field)) fieldLines.set(field, index + 1);
  }
  return fieldLines;
}

interface YamlError {
  reason?: string;
  mark?: { line?: number };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function parseFrontMatter(file: SourceFile, problems: ProblemList): ParsedSource | undefined {
  if (!/^---[ \t]*\n/.test(file.text)) {
    problems.error(file.path, "expected front matter at the top of the file, between two lines of ---", { line: 1 });
    return undefined;
  }
  if (!/\n---[ \t]*(\n|$)/.test(file.text)) {
    problems.error(file.path, "front matter is not closed; expected a line of --- after the last field", { line: 1 });
    return undefined;
  }
  let parsed;
  try {
    // An options object turns off gray-matter's cache, which would otherwise hand back
    // empty data, silently, for a text that failed to parse before.
    parsed = matter(file.text, {});
  } catch (error) {
    const { reason, mark } = error as YamlError;
    // js-yaml counts from the newline that ends the opening ---, so its line 0 is that line.
    const line = mark?.line === undefined ? undefined : mark.line + OPENING_LINE;
    problems.error(file.path, `invalid YAML in front matter: ${reason ?? String(error)}`, { line });
    return undefined;
  }
  if (!isPlainObject(parsed.data)) {
    problems.error(file.path, "expected front matter of `field: value` lines", { line: OPENING_LINE + 1 });
    return undefined;
  }
  return { file, data: parsed.data, body: parsed.content, fieldLines: findFieldLines(file.text) };
}
