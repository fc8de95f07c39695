/**
 * The content pipeline in one call: read → parse → validate → check
 * references → link. Problems from every file are gathered first and reported
 * together, so one run shows the owner everything to fix.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { type Drafts, toDrafts } from "./drafts";
import { checkImages } from "./images";
import { KIND_NAMES, KINDS, type KindFrontMatter, type KindName } from "./kinds";
import { type CheckedDrafts, linkContent } from "./link";
import type { ContentProblem } from "./problems";
import { ContentError, ProblemList } from "./problems";
import type { Content } from "./records";
import { checkReferences, checkUniqueCategories, checkUniqueSlugs } from "./references";
import { profileSchema } from "./schema";
import { displayPath, readSourceDirectory, readSourceFile } from "./source";

export interface LoadedContent {
  content: Content;
  /** Problems that did not stop the build, such as ignored files. */
  warnings: ContentProblem[];
  /** How many markdown files were read. */
  fileCount: number;
}

export const PROFILE_FILE = "profile.md";

type DraftsByKind = { [Kind in KindName]: Drafts<KindFrontMatter<Kind>> };

/** Loads and links everything under `root`, or throws a ContentError listing every problem. */
export function loadContent(root: string): LoadedContent {
  const problems = new ProblemList();
  const profilePath = path.join(root, PROFILE_FILE);
  if (!existsSync(profilePath)) {
    problems.error(displayPath(profilePath), "file is missing; expected the profile with headline, summary and categories");
  }
  const profileFile = existsSync(profilePath) ? readSourceFile(profilePath, problems) : undefined;
  const [profile] = toDrafts(profileFile ? [profileFile] : [], profileSchema, problems).valid;

  let fileCount = profileFile ? 1 : 0;
  const drafts = Object.fromEntries(
    KIND_NAMES.map((kind) => {
      const files = readSourceDirectory(path.join(root, KINDS[kind].folder), problems);
      fileCount += files.length;
      return [kind, toDrafts(files, KINDS[kind].schema, problems)];
    }),
  ) as DraftsByKind;

  if (profile) checkUniqueCategories(profile, problems);
  const categorySlugs = new Set(profile?.data.categories.map((category) => category.slug));
  for (const kind of KIND_NAMES) {
    const { valid } = drafts[kind] as Drafts<Record<string, unknown>>;
    checkUniqueSlugs(valid, kind, problems);
    const references = Object.entries(KINDS[kind].references) as [string, KindName][];
    for (const draft of valid) {
      if (kind === "skill" && profile) checkReferences(draft, "category", categorySlugs, "category", problems);
      for (const [field, target] of references) checkReferences(draft, field, drafts[target].slugs, target, problems);
      checkImages(draft, problems);
    }
  }
  if (profile) checkImages(profile, problems);

  if (problems.hasErrors || !profile) throw new ContentError(problems.items);
  const valid = Object.fromEntries(KIND_NAMES.map((kind) => [KINDS[kind].collection, drafts[kind].valid])) as Omit<CheckedDrafts, "profile">;
  return {
    content: linkContent({ profile, ...valid }),
    warnings: problems.items.filter((problem) => problem.severity === "warning"),
    fileCount,
  };
}
