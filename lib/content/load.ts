/**
 * The content pipeline in one call: read → parse → validate → check
 * references → link. Problems from every file are gathered first and reported
 * together, so one run shows the owner everything to fix.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { toDrafts } from "./drafts";
import { linkContent } from "./link";
import type { ContentProblem } from "./problems";
import { ContentError, ProblemList } from "./problems";
import type { Content } from "./records";
import { checkImages } from "./images";
import { checkReferences, checkUniqueCategories, checkUniqueSlugs } from "./references";
import { achievementSchema, profileSchema, projectSchema, skillSchema } from "./schema";
import { displayPath, readSourceDirectory, readSourceFile } from "./source";

export interface LoadedContent {
  content: Content;
  /** Problems that did not stop the build, such as ignored files. */
  warnings: ContentProblem[];
  /** How many markdown files were read. */
  fileCount: number;
}

export const CONTENT_LAYOUT = {
  profile: "profile.md",
  skills: "skills",
  projects: "projects",
  achievements: "achievements",
} as const;

/** Loads and links everything under `root`, or throws a ContentError listing every problem. */
export function loadContent(root: string): LoadedContent {
  const problems = new ProblemList();
  const profilePath = path.join(root, CONTENT_LAYOUT.profile);
  if (!existsSync(profilePath)) {
    problems.error(displayPath(profilePath), "file is missing; expected the profile with headline, summary and categories");
  }
  const profileFile = existsSync(profilePath) ? readSourceFile(profilePath, problems) : undefined;
  const skillFiles = readSourceDirectory(path.join(root, CONTENT_LAYOUT.skills), problems);
  const projectFiles = readSourceDirectory(path.join(root, CONTENT_LAYOUT.projects), problems);
  const achievementFiles = readSourceDirectory(path.join(root, CONTENT_LAYOUT.achievements), problems);

  const [profile] = toDrafts(profileFile ? [profileFile] : [], profileSchema, problems).valid;
  const skills = toDrafts(skillFiles, skillSchema, problems);
  const projects = toDrafts(projectFiles, projectSchema, problems);
  const achievements = toDrafts(achievementFiles, achievementSchema, problems);

  checkUniqueSlugs(skills.valid, "skill", problems);
  checkUniqueSlugs(projects.valid, "project", problems);
  checkUniqueSlugs(achievements.valid, "achievement", problems);
  if (profile) checkUniqueCategories(profile, problems);

  const categorySlugs = new Set(profile?.data.categories.map((category) => category.slug));
  for (const draft of skills.valid) {
    if (profile) checkReferences(draft, "category", categorySlugs, "category", problems);
    checkReferences(draft, "related", skills.slugs, "skill", problems);
  }
  for (const draft of projects.valid) checkReferences(draft, "skills", skills.slugs, "skill", problems);
  for (const draft of achievements.valid) {
    checkReferences(draft, "projects", projects.slugs, "project", problems);
    checkReferences(draft, "skills", skills.slugs, "skill", problems);
  }
  for (const draft of [profile, ...skills.valid, ...projects.valid, ...achievements.valid]) if (draft) checkImages(draft, problems);

  if (problems.hasErrors || !profile) throw new ContentError(problems.items);
  const fileCount = 1 + skillFiles.length + projectFiles.length + achievementFiles.length;
  return {
    content: linkContent({ profile, skills: skills.valid, projects: projects.valid, achievements: achievements.valid }),
    warnings: problems.items.filter((problem) => problem.severity === "warning"),
    fileCount,
  };
}
