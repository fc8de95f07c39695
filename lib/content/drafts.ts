/** A content file that has passed its schema but is not yet checked against the others or linked. */
import type { z } from "zod";
import type { FieldPath, ParsedSource } from "./front-matter";
import { parseFrontMatter } from "./front-matter";
import { PLACEHOLDER, PLACEHOLDER_PATTERN } from "./placeholder";
import type { ProblemList } from "./problems";
import { fileSlug, isSafeSlug } from "./slug";
import type { SourceFile } from "./source";
import { validateFrontMatter } from "./validate";

export interface Draft<Data> {
  source: ParsedSource;
  data: Data;
  slug: string;
}

export interface Drafts<Data> {
  /** The files that passed their schema. */
  valid: Draft<Data>[];
  /**
   * The slug of every file of the kind, broken ones included: a file with a
   * mistake still exists, so references to it are not reported as missing too.
   */
  slugs: Set<string>;
}

export function lineOf(draft: Draft<unknown>, path: FieldPath): number {
  return draft.source.lineOf(path);
}

/** Text left as `npm run new` wrote it must not reach the site. */
function reportPlaceholders(source: ParsedSource, problems: ProblemList): void {
  const message = `still holds the placeholder "${PLACEHOLDER}"; replace it with your own words`;
  for (const [field, value] of Object.entries(source.data)) {
    const texts = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === "string" && PLACEHOLDER_PATTERN.test(text))) {
      problems.error(source.file.path, message, { field, line: source.lineOf([field]) });
    }
  }
  if (PLACEHOLDER_PATTERN.test(source.body)) problems.error(source.file.path, `the text below the front matter ${message}`);
}

/** The slug a file claims, read as leniently as possible: its `slug:` if that is usable, else its name if that is. */
function claimedSlug(file: SourceFile, data: Record<string, unknown> | undefined): string | undefined {
  const override = data?.slug;
  if (typeof override === "string" && isSafeSlug(override)) return override;
  return isSafeSlug(file.name) ? file.name : undefined;
}

/** Parses and validates each file; files with problems are reported and left out of `valid`. */
export function toDrafts<Schema extends z.ZodObject>(files: readonly SourceFile[], schema: Schema, problems: ProblemList): Drafts<z.output<Schema>> {
  const drafts: Drafts<z.output<Schema>> = { valid: [], slugs: new Set() };
  for (const file of files) {
    const source = parseFrontMatter(file, problems);
    const claimed = claimedSlug(file, source?.data);
    if (claimed) drafts.slugs.add(claimed);
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
    drafts.valid.push({ source, data, slug: override ?? file.name });
  }
  return drafts;
}
