/**
 * Writes a synthetic content tree for benchmarks: N skills, N/5 projects and
 * N/10 achievements that reference them, in the same format as content/.
 * Usage: npx tsx bench/generate-content.ts <skills> <folder>
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const CATEGORIES = ["core", "secondary", "architecture", "production", "learning"];
const LEVELS = ["expert", "advanced", "production", "working", "learning"];

export interface GenerateOptions {
  /** Two code blocks in every skill's body, and a 1600x900 image on every project (the caller writes the image files; see imageFiles). */
  pictures?: boolean;
}

/** The image files a pictures tree refers to, relative to its folder: one per project. */
export function imageFiles(skillCount: number): string[] {
  return Array.from({ length: Math.max(1, Math.floor(skillCount / 5)) }, (_, index) => `projects/project-${index}.png`);
}

/** Different in every skill (its number is in it), so no block is a copy another one's highlighting could reuse. */
const code = (index: number) =>
  [
    "```ts",
    `// Generated example ${index}: a typed retry helper.`,
    "export async function retry<T>(work: () => Promise<T>, attempts = 3): Promise<T> {",
    "  for (let attempt = 1; ; attempt++) {",
    "    try {",
    "      return await work();",
    "    } catch (error) {",
    "      if (attempt >= attempts) throw error;",
    "      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 100));",
    "    }",
    "  }",
    "}",
    "```",
    "",
    "```sql",
    `SELECT category, count(*) AS skills FROM skills WHERE id > ${index} GROUP BY category ORDER BY skills DESC;`,
    "```",
  ].join("\n");

export function generateContent(skillCount: number, folder: string, { pictures = false }: GenerateOptions = {}): number {
  rmSync(folder, { recursive: true, force: true });
  for (const kind of ["skills", "projects", "achievements"]) mkdirSync(path.join(folder, kind), { recursive: true });
  const projectCount = Math.max(1, Math.floor(skillCount / 5));
  const achievementCount = Math.max(1, Math.floor(skillCount / 10));
  const skill = (index: number) => `skill-${index % skillCount}`;

  writeFileSync(
    path.join(folder, "profile.md"),
    [
      "---",
      "name: Bench Mark",
      "headline: Synthetic engineer",
      "summary: Generated content for benchmarks.",
      "categories:",
      ...CATEGORIES.flatMap((slug) => [`  - slug: ${slug}`, `    title: ${slug[0]!.toUpperCase()}${slug.slice(1)}`]),
      "---",
      "A generated profile.",
      "",
    ].join("\n"),
  );
  for (let index = 0; index < skillCount; index++) {
    const level = LEVELS[index % LEVELS.length]!;
    writeFileSync(
      path.join(folder, "skills", `${skill(index)}.md`),
      [
        "---",
        `title: Skill ${index}`,
        `category: ${level === "learning" ? "learning" : CATEGORIES[index % 4]}`,
        `proficiency: ${level}`,
        ...(level === "learning" ? [] : [`years: "${1 + (index % 9)}+"`]),
        `featured: ${index < 3}`,
        `summary: "Skill ${index} is used for generated work number ${index}."`,
        `tags: [tag-${index % 50}, tag-${(index * 7) % 50}]`,
        `aliases: [alias-${index}]`,
        `related: [${skill(index + 1)}]`,
        "---",
        `### Experience\n\n- Generated bullet one for skill ${index}\n- Generated bullet two with **bold** text\n`,
        ...(pictures ? [code(index), ""] : []),
      ].join("\n"),
    );
  }
  for (let index = 0; index < projectCount; index++) {
    writeFileSync(
      path.join(folder, "projects", `project-${index}.md`),
      [
        "---",
        `title: Project ${index}`,
        "context: company",
        `summary: "Generated project ${index}."`,
        `skills: [${[0, 1, 2, 3, 4].map((offset) => skill(index * 5 + offset)).join(", ")}]`,
        `outcomes: ["Outcome of project ${index}"]`,
        `featured: ${index < 4}`,
        ...(pictures ? ["image:", `  src: ./project-${index}.png`, `  alt: "Generated screenshot of project ${index}"`] : []),
        "---",
        `Project ${index} body.`,
      ].join("\n"),
    );
  }
  for (let index = 0; index < achievementCount; index++) {
    writeFileSync(
      path.join(folder, "achievements", `achievement-${index}.md`),
      [
        "---",
        `title: "${index}% better"`,
        `figure: "${index}%"`,
        "metric: better at something",
        `projects: [project-${index % projectCount}]`,
        `skills: [${skill(index * 10)}]`,
        `featured: ${index < 4}`,
        "---",
        "",
      ].join("\n"),
    );
  }
  return 1 + skillCount + projectCount + achievementCount;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [count, folder] = process.argv.slice(2);
  if (!count || !folder) throw new Error("usage: npx tsx bench/generate-content.ts <skills> <folder>");
  console.log(`${generateContent(Number(count), folder)} files in ${folder}`);
}
