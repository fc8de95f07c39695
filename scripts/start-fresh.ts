/**
 * `npm run start-fresh`: makes the site yours in one step. The example content
 * is moved aside to `<content>.example/` (never deleted, never overwritten: it
 * refuses if that folder exists), and a minimal skeleton that builds at once
 * takes its place.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentRoot } from "@/lib/content";
import { SKELETON } from "@/lib/content/skeleton";
import { displayPath } from "@/lib/content/source";

const root = contentRoot();
const aside = `${root}.example`;

if (existsSync(aside)) {
  console.error(`${displayPath(aside)} already exists; nothing was moved or written. Move or rename it first.`);
  process.exit(1);
}
if (existsSync(root)) renameSync(root, aside);
for (const [file, text] of Object.entries(SKELETON)) {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: "wx" });
}
console.log(
  [
    existsSync(aside) ? `Moved the example content to ${displayPath(aside)}/ (ignored by git, so never published; keep it for reference, or delete it).` : "",
    `Wrote a starting point in ${displayPath(root)}/: ${Object.keys(SKELETON).join(", ")}.`,
    "Next: edit those files, add more with npm run new, and preview with npm run dev.",
  ]
    .filter(Boolean)
    .join("\n"),
);
