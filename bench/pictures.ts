/**
 * The build-time cost of the pictures (part of `npm run bench:scaling`):
 * - the radar's geometry for 16, 60 and 200 skills, in this process;
 * - highlighting: loading the grammars once, then each code block;
 * - whole builds of 100 generated skills: without pictures, then with two code
 *   blocks in every skill and a 1600x900 image on every project, first with
 *   empty caches (every variant encoded, every block highlighted) and then warm.
 */
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { HIGHLIGHT_CACHE_DIR, highlightStats } from "@/lib/content/highlight";
import { renderMarkdown } from "@/lib/content/markdown";
import { PROFICIENCY_LEVELS } from "@/lib/content/proficiency";
import { IMAGE_CACHE_DIR } from "@/lib/images/encode";
import { radarGeometry } from "@/lib/radar/geometry";
import { generateContent, imageFiles } from "./generate-content";
import { table } from "./report";

export interface BuildMeasure {
  seconds: number;
  peakMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function radarTimes(): string[][] {
  return [16, 60, 200].map((count) => {
    const input = {
      categories: Array.from({ length: 8 }, (_, index) => ({ slug: `c${index}` })),
      skills: Array.from({ length: count }, (_, index) => ({
        slug: `s${index}`,
        title: `Skill number ${index}`,
        category: `c${(index * 7) % 8}`,
        level: PROFICIENCY_LEVELS[index % PROFICIENCY_LEVELS.length]!,
        evidence: index % 5,
      })),
    };
    const runs = Array.from({ length: 15 }, () => {
      const started = performance.now();
      radarGeometry(input);
      return performance.now() - started;
    });
    return [`radar geometry, ${count} skills in 8 categories (median of 15)`, `${median(runs).toFixed(2)} ms`];
  });
}

function highlightTimes(): string[][] {
  rmSync(HIGHLIGHT_CACHE_DIR, { recursive: true, force: true });
  const blocks = 200;
  const markdown = (index: number) =>
    `\`\`\`ts\nconst value${index}: number = ${index}; // block ${index}\nexport function f${index}() { return value${index} * 2; }\n\`\`\``;
  const started = performance.now();
  renderMarkdown(markdown(0));
  const first = performance.now() - started;
  const before = highlightStats.highlightMs;
  for (let index = 1; index <= blocks; index++) renderMarkdown(markdown(index));
  const each = (highlightStats.highlightMs - before) / blocks;
  return [
    [
      "highlighting: first block (grammars loaded and compiled)",
      `${first.toFixed(0)} ms (of which creating the highlighter ${highlightStats.highlighterMs.toFixed(0)} ms)`,
    ],
    [`highlighting: each further block (mean of ${blocks}, 3 lines of TypeScript)`, `${each.toFixed(2)} ms`],
  ];
}

async function writeImages(folder: string, skillCount: number): Promise<void> {
  for (const [index, file] of imageFiles(skillCount).entries()) {
    // A screenshot-like picture: flat panels and bars, different for every project.
    const bars = Array.from(
      { length: 12 },
      (_, bar) =>
        `<rect x="${120 + bar * 100}" y="${860 - ((bar * 97 + index * 31) % 500) - 80}" width="60" height="${((bar * 97 + index * 31) % 500) + 80}" fill="#2dd4bf"/>`,
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#0f172a"/><rect x="40" y="40" width="1520" height="90" rx="12" fill="#1e293b"/><text x="80" y="100" font-size="40" fill="#e2e8f0" font-family="sans-serif">Project ${index}</text>${bars.join("")}</svg>`;
    await sharp(Buffer.from(svg)).png().toFile(path.join(folder, file));
  }
}

function imagesOut(out: string): string {
  const folder = path.join(out, "images");
  if (!existsSync(folder)) return "none";
  const files = readdirSync(folder);
  const bytes = files.reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
  return `${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB`;
}

export async function picturesSection(build: (contentDir: string) => BuildMeasure): Promise<string> {
  const inProcess = [...radarTimes(), ...highlightTimes()];
  const size = 100;
  const plain = ".bench/pictures-off";
  const pictured = ".bench/pictures-on";
  generateContent(size, plain);
  const files = generateContent(size, pictured, { pictures: true });
  await writeImages(pictured, size);
  const images = imageFiles(size).length;

  const rows: string[][] = [];
  const row = (label: string, measure: BuildMeasure) => {
    rows.push([label, `${measure.seconds.toFixed(1)} s`, `${measure.peakMb} MB`, imagesOut("out")]);
    console.log(label, JSON.stringify(measure));
  };
  row(`${size} skills, no code blocks or images`, build(plain));
  rmSync(IMAGE_CACHE_DIR, { recursive: true, force: true });
  rmSync(HIGHLIGHT_CACHE_DIR, { recursive: true, force: true });
  row(`same + two code blocks in each skill + ${images} project images, caches empty`, build(pictured));
  row(`same again, image and highlighting caches warm`, build(pictured));
  // The machine is shared: the plain build once more shows how much of a difference is noise.
  row(`${size} skills, no code blocks or images, again`, build(plain));

  return `In this process (Node ${process.version}):

${table(["what", "time"], inProcess)}

Whole \`next build\`s of ${files} generated files (${size} skills), so the difference between rows is the cost of the pictures. Each image becomes AVIF and WebP at 480, 800, 1200 and 1600 px (8 files) and a preview-image crop.

${table(["content", "build", "build peak", "images in out/"], rows)}`;
}
