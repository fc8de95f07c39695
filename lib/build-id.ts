/**
 * A build ID that depends only on what the export is built from, so the same
 * tree built twice gives a byte-identical out/ (Next's default is random, and
 * it is written into every page and payload).
 *
 * Inputs: the source folders and config files, the lock file, the content
 * folder, and the environment values the output depends on. Hidden files and
 * folders (.next, .git, .DS_Store) are skipped; so is tsconfig.json, which
 * `next build` itself may rewrite and which shapes type checking, not output.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const BUILD_INPUTS = {
  folders: ["app", "components", "lib", "public"],
  files: ["next.config.ts", "package.json", "package-lock.json", "postcss.config.mjs", "tailwind.config.ts"],
} as const;

/** Every file under `folder`, sorted, as paths relative to `root` with forward slashes. */
function filesUnder(root: string, folder: string): string[] {
  const absolute = path.resolve(root, folder);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [folder];
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith(".") && entry.name !== "node_modules")
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(root, path.posix.join(folder, entry.name)));
}

export interface BuildIdInputs {
  /** The project root. */
  root: string;
  /** The content folder, absolute or relative to the root. */
  contentDir: string;
  /** Environment values that change the output (site address, base path...), by name. */
  env: Readonly<Record<string, string | undefined>>;
}

export function buildId({ root, contentDir, env }: BuildIdInputs): string {
  const hash = createHash("sha256");
  const add = (label: string, bytes: string | Buffer) => hash.update(`${label}\0${bytes.length}\0`).update(bytes);
  for (const name of Object.keys(env).sort()) add(`env:${name}`, env[name] ?? "");
  for (const folder of BUILD_INPUTS.folders) for (const file of filesUnder(root, folder)) add(file, readFileSync(path.resolve(root, file)));
  for (const file of BUILD_INPUTS.files) if (existsSync(path.resolve(root, file))) add(file, readFileSync(path.resolve(root, file)));
  // Content is named by its place inside the content folder, so the same content elsewhere gives the same ID.
  const content = path.resolve(root, contentDir);
  for (const file of filesUnder(content, ".")) add(`content:${file}`, readFileSync(path.resolve(content, file)));
  return hash.digest("base64url").slice(0, 21);
}
