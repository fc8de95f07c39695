/**
 * Images the owner's content uses: the optional `image` field ({ src, alt })
 * of the profile, projects and achievements, and `![alt](path)` in markdown
 * bodies. A path is relative to the markdown file, or, starting with "/",
 * relative to `public/`. Every image is checked while content loads, so a
 * missing file, a missing alt text or an oversized file is reported with the
 * file, line and field like any other content problem.
 */
import path from "node:path";
import { remark } from "remark";
import { visit } from "unist-util-visit";
import type { ImageAsset } from "@/lib/images/asset";
import { type ImageRead, readImage } from "@/lib/images/asset";
import type { Draft } from "./drafts";
import type { ProblemList } from "./problems";

export interface ContentImage {
  asset: ImageAsset;
  alt: string;
}

export interface ImageField {
  src: string;
  alt: string;
}

/** The owner's own static files; "/photo.jpg" in content means `public/photo.jpg`. */
export const PUBLIC_DIR = path.join(process.cwd(), "public");

const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The file a path written in `markdownFile` points to, or why it cannot point to one. */
export function resolveImage(src: string, markdownFile: string): ImageRead {
  if (WEB_ADDRESS.test(src)) {
    return {
      problem: `"${src}" is a web address; images are built with the site, so save the file next to the markdown file (like ./diagram.svg) or under public/ (like /photo.jpg)`,
    };
  }
  let written = src.replace(/[?#].*$/, "");
  try {
    written = decodeURI(written);
  } catch {
    // A stray % is part of the file name.
  }
  const absolute = written.startsWith("/") ? path.join(PUBLIC_DIR, written) : path.resolve(path.dirname(path.resolve(markdownFile)), written);
  return readImage(absolute);
}

/** The image a front matter `image` field names, once it has been checked. */
export function contentImage(field: ImageField | undefined, markdownFile: string): ContentImage | undefined {
  if (!field) return undefined;
  const read = resolveImage(field.src, markdownFile);
  if ("problem" in read) throw new Error(`${markdownFile} image.src: ${read.problem}`);
  return { asset: read.asset, alt: field.alt };
}

/** 1-based line in the file where the markdown body starts. */
function bodyStartLine(text: string, body: string): number {
  const offset = text.endsWith(body) ? text.length - body.length : 0;
  return text.slice(0, offset).split("\n").length;
}

/** Every image in a markdown body, reference-style ones included, with its line in the file. */
function bodyImages(text: string, body: string): { src: string; alt: string; line?: number }[] {
  if (!body.includes("![")) return [];
  const tree = remark().parse(body);
  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node.url);
  });
  const start = bodyStartLine(text, body);
  const images: { src: string; alt: string; line?: number }[] = [];
  visit(tree, ["image", "imageReference"], (node) => {
    if (node.type !== "image" && node.type !== "imageReference") return;
    const src = node.type === "image" ? node.url : definitions.get(node.identifier);
    const line = node.position && start + node.position.start.line - 1;
    if (src !== undefined) images.push({ src, alt: node.alt ?? "", line });
  });
  return images;
}

/** Reports every image problem of one content file. */
export function checkImages(draft: Draft<{ image?: ImageField; [field: string]: unknown }>, problems: ProblemList): void {
  const { file } = draft.source;
  const image = draft.data.image;
  if (image) {
    const read = resolveImage(image.src, file.path);
    if ("problem" in read) {
      problems.error(file.path, read.problem, { field: "image.src", line: draft.source.lineOf(["image", "src"]) });
    }
  }
  for (const { src, alt, line } of bodyImages(file.text, draft.source.body)) {
    if (!alt.trim()) {
      problems.error(file.path, `image "${src}" has no alt text; say what it shows between the brackets, like ![Request flow through the API](${src})`, {
        field: "body",
        line,
      });
    }
    const read = resolveImage(src, file.path);
    if ("problem" in read) problems.error(file.path, `image: ${read.problem}`, { field: "body", line });
  }
}
