/**
 * Post-build step: gives every page of a static export its own strict
 * Content-Security-Policy, as a <meta> tag (works on any static host), with a
 * hash for each inline script Next.js and the layout wrote into that page.
 *
 * Usage: node --import tsx scripts/add-csp.ts <outDir>   (`npm run build` runs it on out/)
 *
 * Fails when a page's content holds an inline script (the sanitizer should
 * have removed it; the policy would block it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyPageCsp } from "@/lib/csp/apply";
import { exportedHtmlFiles } from "@/lib/exported-files";

const outDir = process.argv[2];
if (!outDir) {
  console.error("usage: node --import tsx scripts/add-csp.ts <outDir>");
  process.exit(2);
}

const hashes = new Set<string>();
const blocked: string[] = [];
let longest = 0;
const files = exportedHtmlFiles(outDir);
for (const file of files) {
  const page = applyPageCsp(readFileSync(file, "utf8"));
  writeFileSync(file, page.html);
  for (const hash of page.policy.match(/'sha256-[^']+'/g) ?? []) hashes.add(hash);
  longest = Math.max(longest, page.policy.length);
  if (page.blockedContentScripts) blocked.push(`${path.relative(outDir, file)}: ${page.blockedContentScripts} inline script(s) in the page content`);
}

console.log(`Content-Security-Policy: ${files.length} pages in ${outDir}, ${hashes.size} distinct inline-script hashes, longest policy ${longest} characters`);
if (blocked.length) {
  const report = blocked.map((line) => `  ${line}`).join("\n");
  console.error(`Inline scripts in page content (the markdown sanitizer should have removed them; the policy blocks them):\n${report}`);
  process.exitCode = 1;
}
