/** A content file that has passed its schema but is not yet checked against the others or linked. */
import type { z } from "zod";
import type { ParsedSource } from "./front-matter";
import { parseFrontMatter } from "./front-matter";
import type { ProblemList } from "./problems";
import { isSafeSlug, slugify } from "./slug";
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
      const suggestion = slugify(file.name).replace(/[^a-z0-9-]/g, "") || "my-file";
      problems.error(
        file.path,
        `file name "${file.name}" is not a safe URL slug; expected lowercase letters, digits and hyphens, like "${suggestion}.md" (or set slug: in the front matter)`,
      );
      continue;
    }
    drafts.push({ source, data, slug: override ?? file.name });
  }
  return drafts;
}
