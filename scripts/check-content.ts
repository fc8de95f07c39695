/**
 * `npm run check`: validates everything under content/ without building the
 * site, and prints every problem on a line of its own; also says when the
 * site's public address is unknown (a build would publish localhost URLs).
 */
import { contentRoot } from "@/lib/content";
import { contentAdvice, formatAdvice } from "@/lib/content/advice";
import { loadContent } from "@/lib/content/load";
import { ContentError, formatProblem } from "@/lib/content/problems";
import { siteAddressWarnings } from "@/lib/site-address";
import { siteAddress } from "@/lib/site-config";

const started = performance.now();
try {
  const { content, warnings, fileCount } = loadContent(contentRoot());
  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  // Advice never fails the check: the content is valid, only weaker than it could be.
  for (const advice of contentAdvice(content, contentRoot())) console.log(formatAdvice(advice));
  for (const line of siteAddressWarnings(siteAddress)) console.warn(`warning: ${line}`);
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
