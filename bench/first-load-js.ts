/**
 * `npm run bench:js`: first-load JavaScript of every route of out/ (run
 * `npm run build` first), beside an empty Next.js page built by the same Next
 * version in the same run: the framework's floor.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import budget from "./budget.json" with { type: "json" };
import { exportedPages, firstLoad } from "./first-load";
import { kb, table, writeSection } from "./report";

const FLOOR_APP = ".bench/floor";

function buildFloor(): string {
  mkdirSync(path.join(FLOOR_APP, "app"), { recursive: true });
  writeFileSync(
    path.join(FLOOR_APP, "app/layout.tsx"),
    'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(path.join(FLOOR_APP, "app/page.tsx"), "export default function Page() {\n  return <main>Empty</main>;\n}\n");
  writeFileSync(path.join(FLOOR_APP, "next.config.mjs"), 'export default { output: "export" };\n');
  execFileSync(path.resolve("node_modules/.bin/next"), ["build"], { cwd: FLOOR_APP, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return path.join(FLOOR_APP, "out");
}

const floor = firstLoad(buildFloor(), "index.html");
const pages = exportedPages("out").map((page) => firstLoad("out", page));
const routes = pages.filter((page) => !page.route.startsWith("/tags/") || page.route === "/tags/");
const tagPages = pages.filter((page) => page.route.startsWith("/tags/") && page.route !== "/tags/");
const worst = Math.max(...pages.map((page) => page.gzip));

const rows = routes.map((page) => [page.route, kb(page.gzip), kb(page.raw), `+${kb(page.gzip - floor.gzip)}`, page.chunks.length]);
if (tagPages.length) {
  const sample = tagPages[0]!;
  rows.push([
    `/tags/* (${tagPages.length} pages, like ${sample.route})`,
    kb(sample.gzip),
    kb(sample.raw),
    `+${kb(sample.gzip - floor.gzip)}`,
    sample.chunks.length,
  ]);
}

writeSection(
  "first-load",
  "First-load JavaScript per route",
  "npm run build && npm run bench:js",
  `Every script file a page's HTML loads (not the \`noModule\` polyfill modern browsers skip), gzip level 9 and raw.

Empty Next.js page (the floor): **${kb(floor.gzip)}** gzip, ${kb(floor.raw)} raw, ${floor.chunks.length} files.
Heaviest route: **${kb(worst)}** gzip, **+${kb(worst - floor.gzip)}** over the floor (goal: within +10 KB; budget test: ≤ ${kb(budget.firstLoadGzipMax)}).

${table(["route", "gzip", "raw", "over floor", "files"], rows)}`,
);
