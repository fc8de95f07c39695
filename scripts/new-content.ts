/**
 * `npm run new -- <kind> "Title"` (any kind in lib/content/kinds.ts: skill, project, achievement, article, publication, talk, experience, education, certification, honour): writes a new content
 * file with every field present and explained. Never overwrites a file.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { contentRoot } from "@/lib/content";
import { KIND_NAMES, KINDS, type KindName } from "@/lib/content/kinds";
import { scaffold } from "@/lib/content/scaffold";
import { fileSlug } from "@/lib/content/slug";
import { displayPath } from "@/lib/content/source";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Category slugs from profile.md, read leniently: a broken profile should not stop scaffolding. */
function categorySlugs(root: string): string[] {
  try {
    const { data } = matter(readFileSync(path.join(root, "profile.md"), "utf8"), {});
    const categories: unknown = data.categories;
    if (!Array.isArray(categories)) return [];
    return categories.flatMap((category: { slug?: unknown }) => (typeof category?.slug === "string" ? [category.slug] : []));
  } catch {
    return [];
  }
}

const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(" ").trim();
if (!KIND_NAMES.includes(kind as KindName) || !title) {
  fail(`usage: npm run new -- <${KIND_NAMES.join("|")}> "Title"`);
}
const slug = fileSlug(title);
if (!slug) fail(`"${title}" gives no usable file name; use a title with letters or digits`);

const root = contentRoot();
const folder = path.join(root, KINDS[kind as KindName].folder);
const file = path.join(folder, `${slug}.md`);
mkdirSync(folder, { recursive: true });
try {
  writeFileSync(file, scaffold(kind as KindName, title, categorySlugs(root)), { flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EEXIST") fail(`${displayPath(file)} already exists; nothing was written`);
  throw error;
}
console.log(`Wrote ${displayPath(file)}: fill in the TODOs, then run npm run check`);
