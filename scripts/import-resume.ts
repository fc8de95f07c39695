/**
 * `npm run import -- path/to/resume.json`: turns a JSON Resume into content
 * files in content/ (or CONTENT_DIR). It writes only new files: if any file
 * it would write exists, it writes nothing and lists them. Then it checks the
 * result as the build does and says what it could not map.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentRoot } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { ContentError, formatProblem } from "@/lib/content/problems";
import { displayPath } from "@/lib/content/source";
import { importJsonResume } from "@/lib/import/json-resume";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [source] = process.argv.slice(2);
if (!source) fail("usage: npm run import -- path/to/resume.json");

let resume: unknown;
try {
  resume = JSON.parse(readFileSync(source, "utf8"));
} catch (error) {
  fail(`${source} cannot be read as JSON: ${(error as Error).message}`);
}
if (typeof resume !== "object" || resume === null || Array.isArray(resume))
  fail(`${source} is not a JSON Resume: expected an object with basics, work, skills…`);

const root = contentRoot();
const { files, notes } = importJsonResume(resume as Record<string, unknown>);
const conflicts = [...files.keys()].map((file) => path.join(root, file)).filter((file) => existsSync(file));
if (conflicts.length) {
  fail(
    [
      `Nothing was written: these files already exist, and an import never overwrites.`,
      ...conflicts.map((file) => `  ${displayPath(file)}`),
      `Import into an empty folder, e.g. CONTENT_DIR=imported npm run import -- ${source}`,
    ].join("\n"),
  );
}
for (const [file, text] of files) {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: "wx" });
}
console.log(`Wrote ${files.size} files in ${displayPath(root)}/.`);
if (notes.length) console.log(`\nWhat could not be mapped as it was:\n${notes.map((note) => `- ${note}`).join("\n")}`);

try {
  const { fileCount } = loadContent(root);
  console.log(`\n${fileCount} files OK: the imported content builds.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`\nThe imported content needs fixing before it builds:\n${error.problems.map(formatProblem).join("\n")}`);
  process.exitCode = 1;
}
