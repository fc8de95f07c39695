/**
 * `npm run bench:pdf`: what /resume.pdf costs the build, for each content set
 * the suite builds: loading the PDF library and its fonts once, then drawing
 * the résumé (first draw, and the median of five more), and the file's size
 * and pages. The build draws it once per export, so the build-time cost is
 * about "load + first draw".
 */
import { performance } from "node:perf_hooks";
import { loadContent } from "@/lib/content/load";
import { buildResume } from "@/lib/resume/model";
import { kb, table, writeSection } from "./report";

const SETS = ["content", "tests/fixtures/site", "tests/fixtures/edge/minimal", "tests/fixtures/edge/maximal"];

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};

const { result: renderResumePdf, ms: loadMs } = await timed(async () => (await import("@/components/resume-pdf")).renderResumePdf);
const { extractText, getDocumentProxy } = await import("unpdf");

const rows: (string | number)[][] = [];
for (const dir of SETS) {
  const { content } = loadContent(dir);
  const draw = () => renderResumePdf(buildResume(content));
  const first = await timed(draw);
  const again: number[] = [];
  for (let run = 0; run < 5; run++) again.push((await timed(draw)).ms);
  const median = again.sort((a, b) => a - b)[2]!;
  const { totalPages } = await extractText(await getDocumentProxy(new Uint8Array(first.result)), { mergePages: true });
  rows.push([
    `\`${dir}\``,
    content.skills.length,
    `${Math.round(first.ms)} ms`,
    `${Math.round(median)} ms`,
    `${kb(first.result.length)} (${first.result.length.toLocaleString("en")} bytes)`,
    totalPages,
  ]);
}

const body = `Loading @react-pdf/renderer and the résumé module: ${Math.round(loadMs)} ms (once per build). The build draws the PDF once (the route is static), so its cost is that plus the first draw; the font (Geist Regular and SemiBold) is parsed on the first draw and subset into the file.

${table(["content", "skills", "first draw", "median of 5 more", "size", "pages"], rows)}`;
console.log(body);
writeSection("resume-pdf", "Résumé PDF (/resume.pdf)", "npm run bench:pdf", body);
