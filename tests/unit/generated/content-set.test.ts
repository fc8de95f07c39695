/**
 * Generated content sets (tests/generated/content-set.ts): every seed gives a
 * set the content pipeline accepts without a single problem, and the same
 * seed always gives the same bytes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError, formatProblem } from "@/lib/content/problems";
import type { Content } from "@/lib/content/records";
import { type ContentSetSummary, contentSetFiles, writeContentSet } from "@/tests/generated/content-set";
import { REGRESSION_SEEDS } from "@/tests/generated/regression-seeds";

const base = mkdtempSync(path.join(os.tmpdir(), "generated-content-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Every file under `dir` with its bytes, and its top-level folders as "name/", sorted. */
function onDisk(dir: string): [string, string][] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${entry.name}/`);
  return [
    ...files.map((file): [string, string] => [file, readFileSync(path.join(dir, file)).toString("base64")]),
    ...folders.map((folder): [string, string] => [folder, ""]),
  ].sort(([a], [b]) => a.localeCompare(b));
}

/** The files a fresh generation for `seed` would write, in the form of onDisk(). */
function generated(seed: number): [string, string][] {
  return [...contentSetFiles(seed).files]
    .filter(([file]) => !file.endsWith("/") || !file.slice(0, -1).includes("/"))
    .map(([file, bytes]): [string, string] => [file, bytes.toString("base64")])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The content loaded from `dir`, or every error problem as the owner would read it. */
function load(dir: string): { content?: Content; errors: string[] } {
  try {
    return { content: loadContent(dir).content, errors: [] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { errors: error.problems.filter((problem) => problem.severity === "error").map(formatProblem) };
  }
}

const SEEDS = [...new Set([...Array.from({ length: 25 }, (_, index) => index * 7919 + 1), ...REGRESSION_SEEDS.map(({ seed }) => seed)])];
const summaries: ContentSetSummary[] = [];

describe("generated content sets", () => {
  it.each(SEEDS)("seed %i loads without a problem, and generating it again gives the same bytes", (seed) => {
    const dir = path.join(base, String(seed));
    const summary = writeContentSet(dir, seed);
    summaries.push(summary);

    const { content, errors } = load(dir);
    expect(errors).toEqual([]);
    expect(content?.skills).toHaveLength(summary.skills);
    expect(content?.categories).toHaveLength(summary.categories);
    expect(content?.projects).toHaveLength(summary.projects);
    expect(content?.achievements).toHaveLength(summary.achievements);
    expect(content?.experience).toHaveLength(summary.experience);
    expect(content?.education).toHaveLength(summary.education);
    expect(content?.certifications).toHaveLength(summary.certifications);
    expect(generated(seed)).toEqual(onDisk(dir));
  });

  // Runs after the seeds above, from their summaries.
  it("varies the shape of the sets across seeds", () => {
    expect(summaries.length).toBeGreaterThanOrEqual(25);
    expect(summaries.some((summary) => summary.categories === 1)).toBe(true);
    expect(summaries.some((summary) => summary.skills === 1)).toBe(true);
    expect(summaries.some((summary) => summary.skills > 30)).toBe(true);
    expect(summaries.some((summary) => summary.omitted.length > 0)).toBe(true);
    expect(summaries.some((summary) => summary.projects === 0 && summary.achievements === 0)).toBe(true);
  });
});
