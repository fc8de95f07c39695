/**
 * Reads the owner's files from disk, exactly once each, and only reads them:
 * nothing in the pipeline ever writes to `content/`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ProblemList } from "./problems";

/** Far above any real content file; a file this large is almost certainly a mistake (a pasted log, a binary). */
export const MAX_FILE_BYTES = 256 * 1024;
export const MARKDOWN_EXTENSIONS = [".md", ".markdown"];
/** Pictures kept next to the markdown files that show them; not content files themselves, so not warned about. */
export const IMAGE_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg"];

export interface SourceFile {
  /** The path shown in messages: relative to the working directory, forward slashes. */
  path: string;
  /** The file name without its extension, which is the record's slug unless front matter overrides it. */
  name: string;
  text: string;
}

/** How many files have been read from disk in this process; the build should read each one once. */
export const readStats = { files: 0 };

export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join("/");
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads one markdown file as text, or records why it cannot be used. */
export function readSourceFile(absolute: string, problems: ProblemList): SourceFile | undefined {
  const file = displayPath(absolute);
  let bytes: Buffer;
  try {
    const stats = statSync(absolute);
    if (!stats.isFile()) {
      problems.error(file, "expected a markdown file, found a folder or other non-file");
      return undefined;
    }
    if (stats.size > MAX_FILE_BYTES) {
      problems.error(file, `file is ${formatBytes(stats.size)}; the limit is ${formatBytes(MAX_FILE_BYTES)} per content file`);
      return undefined;
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    problems.error(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  readStats.files++;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    problems.error(file, "is not UTF-8 text; save it with UTF-8 encoding");
    return undefined;
  }
  // A byte-order mark and Windows line endings are both ordinary editor output; accept them.
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    problems.error(file, "file is empty; expected front matter between --- lines, then the text");
    return undefined;
  }
  const name = path.basename(absolute, path.extname(absolute));
  return { path: file, name, text };
}

function isHidden(absolute: string, directory: string): boolean {
  return path
    .relative(directory, absolute)
    .split(path.sep)
    .some((part) => part.startsWith("."));
}

/**
 * Every markdown file under `directory`, in a stable order; a missing folder
 * is an empty one. Hidden files and folders are skipped silently (editor and
 * OS litter), and so are images (content shows them); any other file is skipped with a warning, so a misnamed
 * `redis.txt` does not vanish without a word. Links to files are followed.
 */
export function readSourceDirectory(directory: string, problems: ProblemList): SourceFile[] {
  if (!existsSync(directory)) return [];
  if (!statSync(directory).isDirectory()) {
    problems.error(displayPath(directory), "expected a folder of markdown files, found a file");
    return [];
  }
  const files: SourceFile[] = [];
  const sorted = readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((absolute) => !isHidden(absolute, directory))
    .sort();
  for (const absolute of sorted) {
    const extension = path.extname(absolute).toLowerCase();
    if (IMAGE_EXTENSIONS.includes(extension)) continue;
    if (!MARKDOWN_EXTENSIONS.includes(extension)) {
      problems.warn(displayPath(absolute), "ignored: not a markdown file; rename it to .md to include it");
      continue;
    }
    const file = readSourceFile(absolute, problems);
    if (file) files.push(file);
  }
  return files;
}

/**
 * A cheap fingerprint of everything under `root` (names, sizes, modification
 * times), so the dev server re-reads content only after a file changes.
 */
export function contentSignature(root: string): string {
  if (!existsSync(root)) return "";
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      try {
        const { size, mtimeMs } = statSync(absolute);
        return `${absolute}:${size}:${mtimeMs}`;
      } catch {
        return absolute;
      }
    })
    .sort()
    .join("\n");
}
