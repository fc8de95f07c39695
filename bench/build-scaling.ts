/**
 * `npm run bench:scaling`: how `npm run check` and the full build grow with
 * content: the real content, then generated trees of 100, 1,000 and 10,000
 * skill files (with N/5 projects and N/10 achievements referencing them).
 * Wall time and peak memory come from GNU time. The export goes to out/, so
 * run `npm run build` again afterwards. SIZES=100,1000 limits the run.
 * Then the cost of the pictures (bench/pictures.ts). PARTS=pictures (or
 * PARTS=scaling) runs one part only.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { generateContent } from "./generate-content";
import { picturesSection } from "./pictures";
import { table, writeSection } from "./report";

const SIZES = (process.env.SIZES ?? "100,1000,10000").split(",").map(Number);
const PARTS = (process.env.PARTS ?? "scaling,pictures").split(",");

interface Measure {
  seconds: number;
  peakMb: number;
}

function measure(command: string[], contentDir: string): Measure {
  const started = performance.now();
  const { status, stderr } = spawnSync("/usr/bin/time", ["-v", ...command], {
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (status !== 0) throw new Error(`${command.join(" ")} failed for ${contentDir}:\n${stderr.slice(-2000)}`);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
  return { seconds: (performance.now() - started) / 1000, peakMb: Math.round(peakKb / 1024) };
}

function folderSize(folder: string): { files: number; mb: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    const stats = statSync(path.join(folder, name));
    if (stats.isFile()) {
      files++;
      bytes += stats.size;
    }
  }
  return { files, mb: bytes / 2 ** 20 };
}

if (PARTS.includes("scaling")) {
  const runs: { label: string; files: number; check: Measure; build: Measure; out: { files: number; mb: number } }[] = [];
  for (const size of [0, ...SIZES]) {
    const contentDir = size === 0 ? "content" : `.bench/content-${size}`;
    const files = size === 0 ? folderSize("content").files : generateContent(size, contentDir);
    console.log(`\n== ${size === 0 ? "real content" : `${size} skills`}: ${files} files`);
    const check = measure(["node", "--import", "tsx", "scripts/check-content.ts"], contentDir);
    const build = measure(["node_modules/.bin/next", "build"], contentDir);
    const out = existsSync("out") ? folderSize("out") : { files: 0, mb: 0 };
    runs.push({ label: size === 0 ? "real content" : `${size.toLocaleString("en")} skills`, files, check, build, out });
    console.log(JSON.stringify(runs.at(-1)));
  }

  const perFile = (run: (typeof runs)[number]) => `${((run.build.seconds * 1000) / run.files).toFixed(1)} ms`;
  writeSection(
    "scaling",
    "Build and check time as content grows",
    "npm run bench:scaling",
    `Each row: \`npm run check\` alone, then a clean-cache \`next build\` (which renders every page and every 1200x630 preview image) of that content. Peak memory is the largest process's resident set (GNU time).

${table(
  ["content", "files", "check", "check peak", "build", "build peak", "build per file", "export"],
  runs.map((run) => [
    run.label,
    run.files.toLocaleString("en"),
    `${run.check.seconds.toFixed(2)} s`,
    `${run.check.peakMb} MB`,
    `${run.build.seconds.toFixed(1)} s`,
    `${run.build.peakMb} MB`,
    perFile(run),
    `${run.out.files.toLocaleString("en")} files, ${run.out.mb.toFixed(0)} MB`,
  ]),
)}`,
  );
}

if (PARTS.includes("pictures")) {
  writeSection(
    "pictures",
    "Build-time cost of the pictures",
    "PARTS=pictures npm run bench:scaling",
    await picturesSection((contentDir) => measure(["node_modules/.bin/next", "build"], contentDir)),
  );
}
