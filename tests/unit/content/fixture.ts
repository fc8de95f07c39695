/**
 * Helpers for content pipeline tests. Each bad-input test copies the valid
 * fixture tree into a fresh temporary directory, breaks exactly one thing, and
 * reads back the problems as the owner would see them:
 * `content/skills/testing.md:5 years: expected ...`.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, onTestFinished } from "vitest";
import type { LoadedContent } from "@/lib/content/load";
import { loadContent } from "@/lib/content/load";
import type { ContentProblem } from "@/lib/content/problems";
import { ContentError, formatProblem } from "@/lib/content/problems";
import type { Content } from "@/lib/content/records";
import { displayPath } from "@/lib/content/source";

/** The small, valid, invented content tree every test starts from. */
export const VALID_FIXTURE = fileURLToPath(new URL("../../fixtures/content/valid", import.meta.url));

/**
 * Copies the valid fixture to `<fresh temp dir>/content` and returns that
 * content directory. The temp dir is removed when the current test finishes.
 */
export function copyValidFixture(): string {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "content-test-")));
  onTestFinished(() => fs.rmSync(base, { recursive: true, force: true }));
  const dir = path.join(base, "content");
  fs.cpSync(VALID_FIXTURE, dir, { recursive: true });
  return dir;
}

/** Writes (or overwrites) `rel` under the content directory, creating folders as needed. */
export function writeFile(dir: string, rel: string, contents: string | Uint8Array): void {
  const target = path.join(dir, rel);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, contents);
}

export function readFile(dir: string, rel: string): string {
  return fs.readFileSync(path.join(dir, rel), "utf8");
}

/** The lines of a file, so a test shows line numbers by position: `lines("---", "title: x", "---")`. */
export function lines(...text: string[]): string {
  return `${text.join("\n")}\n`;
}

/**
 * A problem as the owner sees it, with the temp directory hidden so paths read
 * `content/skills/go.md`. Warnings are prefixed like `npm run check` prints them.
 */
export function shownProblem(dir: string, problem: ContentProblem): string {
  const prefix = `${displayPath(path.dirname(dir))}/`;
  const text = formatProblem(problem).split(prefix).join("");
  return problem.severity === "warning" ? `warning: ${text}` : text;
}

/** Loads `dir`, expecting it to fail with a ContentError, and returns every problem as shown to the owner. */
export function expectProblems(dir: string): string[] {
  let thrown: unknown;
  try {
    loadContent(dir);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "expected loading to fail with a ContentError").toBeInstanceOf(ContentError);
  return (thrown as ContentError).problems.map((problem) => shownProblem(dir, problem));
}

/** Loads `dir`, expecting success, and returns the result with warnings as shown to the owner. */
export function expectLoads(dir: string): LoadedContent & { shownWarnings: string[] } {
  let loaded: LoadedContent;
  try {
    loaded = loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) {
      const shown = error.problems.map((problem) => shownProblem(dir, problem)).join("\n");
      throw new Error(`expected content to load, but got:\n${shown}`);
    }
    throw error;
  }
  return { ...loaded, shownWarnings: loaded.warnings.map((problem) => shownProblem(dir, problem)) };
}

/** The sha256 of every file under `dir`, keyed by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const absolute = path.join(dir, rel);
    if (!fs.statSync(absolute).isFile()) continue;
    hashes[rel.split(path.sep).join("/")] = createHash("sha256").update(fs.readFileSync(absolute)).digest("hex");
  }
  return hashes;
}

/** Every markdown file under `dir`, relative, with forward slashes. */
export function markdownFiles(dir: string): string[] {
  return Object.keys(hashTree(dir)).filter((rel) => rel.endsWith(".md"));
}

export function bySlug<T extends { slug: string }>(records: readonly T[], slug: string): T {
  const found = records.find((record) => record.slug === slug);
  if (!found) throw new Error(`no record "${slug}" among: ${records.map((record) => record.slug).join(", ")}`);
  return found;
}

const slugs = (records: readonly { slug: string }[]): string[] => records.map((record) => record.slug);

/**
 * The linked records as plain data, links replaced by slugs and the source
 * path left out, so two loads of the same content from different places (or
 * with different line endings) can be compared with toEqual.
 */
export function plainRecords(content: Content) {
  return {
    profile: content.profile,
    categories: content.categories.map(({ skills, ...category }) => ({ ...category, skills: slugs(skills) })),
    skills: content.skills.map(({ source: _source, category, tags, related, projects, achievements, ...skill }) => ({
      ...skill,
      category: category.slug,
      tags: slugs(tags),
      related: slugs(related),
      projects: slugs(projects),
      achievements: slugs(achievements),
    })),
    projects: content.projects.map(({ source: _source, skills, achievements, ...project }) => ({
      ...project,
      skills: slugs(skills),
      achievements: slugs(achievements),
    })),
    achievements: content.achievements.map(({ source: _source, skills, projects, ...achievement }) => ({
      ...achievement,
      skills: slugs(skills),
      projects: slugs(projects),
    })),
    tags: content.tags.map(({ skills, ...tag }) => ({ ...tag, skills: slugs(skills) })),
  };
}
