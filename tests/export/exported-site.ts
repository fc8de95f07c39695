/**
 * A static export as files: read from out/ (or any folder), or made in memory
 * by a self-test that plants one defect. Every HTML page is parsed once, with
 * a spec-compliant parser (parse5, through hast), the first time a check asks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";

export interface ExportedPage {
  /** Path of the HTML file inside the export, like `skills/go/index.html`. */
  file: string;
  /** The URL path it is served at, base path included, like `/portfolio/skills/go/`. */
  url: string;
  tree: Root;
}

export interface ExportedSite {
  /** The sub-path the site is served under ("" at the root). */
  basePath: string;
  /** Every file of the export, relative, with forward slashes. */
  files: readonly string[];
  read(file: string): Buffer | undefined;
  /** The file a served URL path (base path included) answers with directly, or undefined: a 404 or a redirect. */
  fileAt(urlPath: string): string | undefined;
  /** The parsed page a served URL path answers with. */
  pageAt(urlPath: string): ExportedPage | undefined;
  pages(): ExportedPage[];
}

type Reader = (file: string) => Buffer | undefined;

/** A URL path as its characters, so "/tags/%E6%97%A5/" and "/tags/日/" compare equal; a malformed escape stays as written. */
export function decodedPath(urlPath: string): string {
  try {
    return decodeURI(urlPath);
  } catch {
    return urlPath;
  }
}

function exportedSite(files: string[], read: Reader, basePath: string): ExportedSite {
  const present = new Set(files);
  const parsed = new Map<string, ExportedPage>();
  const fileAt = (urlPath: string) => {
    if (urlPath !== basePath && !urlPath.startsWith(`${basePath}/`)) return undefined;
    let file: string;
    try {
      file = decodeURIComponent(urlPath.slice(basePath.length)).replace(/^\//, "");
    } catch {
      return undefined;
    }
    // A static host answers a folder's URL with its index.html, and a folder without its slash with a redirect.
    if (file === "" || file.endsWith("/")) file += "index.html";
    return present.has(file) ? file : undefined;
  };
  const page = (file: string): ExportedPage => {
    let result = parsed.get(file);
    if (!result) {
      const url = `${basePath}/${file.replace(/(^|\/)index\.html$/, "$1")}`;
      result = { file, url, tree: fromHtml(read(file) ?? "") };
      parsed.set(file, result);
    }
    return result;
  };
  return {
    basePath,
    files,
    read,
    fileAt,
    pageAt: (urlPath) => {
      const file = fileAt(urlPath);
      return file?.endsWith(".html") ? page(file) : undefined;
    },
    pages: () => files.filter((file) => file.endsWith(".html")).map(page),
  };
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

/** The export in `outDir`, built to be served under `basePath`. */
export function readExport(outDir: string, basePath: string): ExportedSite {
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) throw new Error(`No export at ${outDir}: build it first (npm run build).`);
  const files = listFiles(outDir).sort();
  return exportedSite(files, (file) => (existsSync(path.join(outDir, file)) ? readFileSync(path.join(outDir, file)) : undefined), basePath);
}

/** An export made in memory: file path → contents. For self-tests that plant a defect. */
export function exportFromFiles(contents: Record<string, string | Buffer>, basePath = ""): ExportedSite {
  const read: Reader = (file) => {
    const value = contents[file];
    return value === undefined ? undefined : Buffer.from(value);
  };
  return exportedSite(Object.keys(contents).sort(), read, basePath);
}
