/**
 * `npm run bench:reproducible`: builds the same tree twice from clean (no
 * .next/ cache, no encoded-image cache), each time with `npm run build`, and compares the two exports
 * byte for byte. Prints and records every file that differs or exists in one
 * only; exits 1 if there is any. Both builds replace out/; the second one is
 * left there. Run it under the build lock on a shared machine. CONTENT_DIR
 * (and SITE_URL, BASE_PATH) choose the content set, as for a build.
 */

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { IMAGE_CACHE_DIR } from "@/lib/images/encode";
import { table, writeSection } from "./report";

const KEPT = ".bench/reproducible";

/** Every file of an export, by its path inside it, with the SHA-256 of its bytes. */
function fingerprint(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
      .sort()
      .map((file) => [
        file,
        createHash("sha256")
          .update(readFileSync(path.join(folder, file)))
          .digest("hex"),
      ]),
  );
}

function cleanBuild(keepAs: string): { seconds: number } {
  for (const cache of [".next", IMAGE_CACHE_DIR]) rmSync(cache, { recursive: true, force: true });
  const started = performance.now();
  const { status } = spawnSync("npm", ["run", "--silent", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (status !== 0) throw new Error("npm run build failed");
  const seconds = (performance.now() - started) / 1000;
  rmSync(keepAs, { recursive: true, force: true });
  mkdirSync(path.dirname(keepAs), { recursive: true });
  renameSync("out", keepAs);
  return { seconds };
}

rmSync(KEPT, { recursive: true, force: true });
const runs = ["first", "second"].map((name) => {
  const folder = path.join(KEPT, name);
  console.log(`Clean build ${name}...`);
  return { name, folder, ...cleanBuild(folder) };
});
const [a, b] = runs.map((run) => fingerprint(run.folder)) as [Map<string, string>, Map<string, string>];
const differences = [...new Set([...a.keys(), ...b.keys()])]
  .sort()
  .flatMap((file) =>
    !a.has(file) ? [`only in the second: ${file}`] : !b.has(file) ? [`only in the first: ${file}`] : a.get(file) !== b.get(file) ? [`differs: ${file}`] : [],
  );
// Leave the last export where `npm run build` puts it.
renameSync(runs[1]!.folder, "out");

const verdict = differences.length ? `**${differences.length} of ${a.size} files differ.**` : `**Identical: all ${a.size} files, byte for byte.**`;
console.log(differences.length ? `${differences.join("\n")}\n${verdict}` : verdict);
const contentDir = process.env.CONTENT_DIR ?? "content";
writeSection(
  contentDir === "content" ? "reproducible" : `reproducible-${path.basename(contentDir)}`,
  contentDir === "content" ? "Reproducible builds" : `Reproducible builds (${contentDir})`,
  "npm run bench:reproducible",
  [
    `Two clean builds (\`.next/\` and the encoded-image cache removed before each) of the same tree with \`npm run build\`, exports compared byte for byte (content: \`${contentDir}\`).`,
    "",
    table(
      ["build", "time"],
      runs.map((run) => [run.name, `${run.seconds.toFixed(0)} s`]),
    ),
    "",
    verdict,
    ...(differences.length ? ["", ...differences.slice(0, 50).map((line) => `- ${line}`)] : []),
  ].join("\n"),
);
process.exitCode = differences.length ? 1 : 0;
