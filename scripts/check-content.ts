/**
 * `npm run check`: validates everything under content/ without building the
 * site, and prints every problem on a line of its own.
 */
import { contentRoot } from "../lib/content";
import { loadContent } from "../lib/content/load";
import { ContentError, formatProblem } from "../lib/content/problems";

const started = performance.now();
try {
  const { warnings, fileCount } = loadContent(contentRoot());
  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  console.log(`${fileCount} files OK (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) {
    console.error(`${problem.severity === "warning" ? "warning: " : ""}${formatProblem(problem)}`);
  }
  const count = error.problems.filter((problem) => problem.severity === "error").length;
  console.error(`\n${count} problem${count === 1 ? "" : "s"} to fix in content.`);
  process.exitCode = 1;
}
