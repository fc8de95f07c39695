/** A content file that has passed its schema but is not yet checked against the others or linked. */
import type { z } from "zod";
import type { ParsedSource } from "./front-matter";
import { parseFrontMatter } from "./front-matter";
import type { ProblemList } from "./problems";
import { PLACEHOLDER, PLACEHOLDER_PATTERN } from "./scaffold";
import { fileSlug, isSafeSlug } from "./slug";
import type { SourceFile } from "./source";
import { validateFrontMatter } from "./validate";

export interface Draft<Data> {
  source: ParsedSource;
  data: Data;
  slug: string;
}

export function lineOf(draft: Draft<unknown>, field: string): number | undefined {
  return draft.source.fieldLines.get(field);
}

/** Text left as `npm run new` wrote it must not reach the site. */
function reportPlaceholders(source: ParsedSource, problems: ProblemList): void {
  const message = `still holds the placeholder "${PLACEHOLDER}"; replace it with your own words`;
  for (const [field, value] of Object.entries(source.data)) {
    const texts = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === "string" && PLACEHOLDER_PATTERN.test(text))) {
      problems.error(source.file.path, message, { field, line: source.fieldLines.get(field) });
    }
  }
  if (PLACEHOLDER_PATTERN.test(source.body)) problems.error(source.file.path, `the text below the front matter ${message}`);
}

/** Parses and validates each file; files with problems are reported and left out. */
export function toDrafts<Schema extends z.ZodObject>(
  files: readonly SourceFile[],
  schema: Schema,
  problems: ProblemList,
): Draft<z.output<Schema>>[] {
  const drafts: Draft<z.output<Schema>>[] = [];
  for (const file of files) {
    const source = parseFrontMatter(file, problems);
    if (!source) continue;
    const data = validateFrontMatter(source, schema, problems);
    if (!data) continue;
    const override = (data as { slug?: string }).slug;
    if (!override && !isSafeSlug(file.name)) {
      const suggestion = fileSlug(file.name) || "my-file";
      problems.error(
        file.path,
        `file name "${file.name}" is not a safe URL slug; expected lowercase letters, digits and hyphens, like "${suggestion}.md" (or set slug: in the front matter)`,
      );
      continue;
    }
    reportPlaceholders(source, problems);
    drafts.push({ source, data, slug: override ?? file.name });
  }
  return drafts;
}
