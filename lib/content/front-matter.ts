/**
 * Splits a source file into its front matter and its markdown body, and keeps
 * the position of every value in the front matter, nested ones included, so a
 * problem can point at the line of `categories[3].slug`.
 */
import matter from "gray-matter";
import { type Document, isNode, LineCounter, parseDocument, type ScalarTag } from "yaml";
import { isCalendarDay } from "./calendar-day";

/**
 * An unquoted day that is no day of the calendar ("2021-02-30") stays text as
 * written, where YAML's own timestamp would quietly move it to 2 March; the
 * schema then says what is wrong with it.
 */
const calendarDay: ScalarTag = {
  tag: "tag:yaml.org,2002:timestamp",
  default: true,
  test: /^\d{4}-\d{2}-\d{2}$/,
  resolve: (written) => (isCalendarDay(written) ? new Date(`${written}T00:00:00Z`) : written),
};

/** The YAML schema front matter is read with: unquoted dates are dates. Whatever writes front matter uses it too, so it quotes "2021-03-04" as text. */
export const FRONT_MATTER_YAML = { customTags: [calendarDay, "timestamp" as const] };

import type { ProblemList } from "./problems";
import type { SourceFile } from "./source";

export type FieldPath = readonly PropertyKey[];

export interface ParsedSource {
  file: SourceFile;
  data: Record<string, unknown>;
  body: string;
  /**
   * The 1-based line in the file of the value at `path`; for a value that is
   * not there (a missing field), the line of the nearest enclosing value, or
   * of the opening `---`.
   */
  lineOf(path: FieldPath): number;
}

/** The file line of the opening `---`; gray-matter hands the YAML over from the newline that ends it. */
const OPENING_LINE = 1;

/** What to do about the YAML mistakes owners make most, by the parser's error code. */
const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'text with ": " in it needs quotes, like title: "Testing: the basics"',
  DUPLICATE_KEY: "a field appears twice; keep one of them",
  BAD_INDENT: "check the indentation, and that every [ has its ]",
  MISSING_CHAR: "a quote or bracket is not closed",
  TAB_AS_INDENT: "indent with spaces, not tabs",
};

class YamlError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(reason);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** YAML 1.2 with timestamps, as gray-matter's own parser reads it, but keeping positions. */
function parseYaml(text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, ...FRONT_MATTER_YAML, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const hint = YAML_HINTS[error.code];
    const reason = error.message.replace(/\.$/, "").replace(/^\p{Lu}(?!\p{Lu})/u, (letter) => letter.toLowerCase());
    throw new YamlError(`${reason}${hint ? `; ${hint}` : ""}`, lineCounter.linePos(error.pos[0]).line);
  }
  return { document, lineCounter };
}

function lineFinder(document: Document, lineCounter: LineCounter) {
  return (path: FieldPath): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return OPENING_LINE;
  };
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
  let yaml: ReturnType<typeof parseYaml> | undefined;
  let parsed: ReturnType<typeof matter>;
  try {
    // An options object also turns off gray-matter's cache, which would hand back
    // empty data, silently, for a text that failed to parse before.
    parsed = matter(file.text, {
      engines: {
        yaml: (text: string) => {
          yaml = parseYaml(text);
          return (yaml.document.toJS() ?? {}) as object;
        },
      },
    });
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    problems.error(file.path, `invalid YAML in front matter: ${error.reason}`, { line: error.line });
    return undefined;
  }
  if (!isPlainObject(parsed.data)) {
    problems.error(file.path, "expected front matter of `field: value` lines", { line: OPENING_LINE + 1 });
    return undefined;
  }
  // Front matter with nothing in it never reaches the YAML parser: every field is then missing.
  const lineOf = yaml ? lineFinder(yaml.document, yaml.lineCounter) : () => OPENING_LINE;
  return { file, data: parsed.data, body: parsed.content, lineOf };
}
