/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (the last release that runs on
 * Node 20) on the mobile preset for the owner's own pages of out/ (home, the
 * skills list, their strongest skill, a project when there is one), several
 * runs each; the table gives medians. Run `npm run build` first.
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { getShowcase } from "@/lib/content";
import { routes } from "@/lib/routes";
import { type LighthouseReport, median, runLighthouse } from "./lighthouse-run";
import { table, writeSection } from "./report";

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = 4190;
const { skills, projects } = getShowcase();
const PAGES = [
  routes.home,
  routes.skills,
  ...skills.slice(0, 1).map((skill) => routes.skill(skill.slug)),
  ...projects.slice(0, 1).map((project) => routes.project(project.slug)),
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const server = spawn("node", ["scripts/serve-static.mjs", String(PORT), "out"], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));
mkdirSync(".bench/lighthouse", { recursive: true });
const rows: (string | number)[][] = [];
try {
  for (const page of PAGES) {
    const reports: LighthouseReport[] = [];
    for (let run = 0; run < RUNS; run++) {
      const output = `.bench/lighthouse/${page.replace(/\//g, "_") || "home"}-${run}.json`;
      reports.push(runLighthouse(`http://127.0.0.1:${PORT}${page}`, output, { categories: [...CATEGORIES] }));
    }
    const score = (category: (typeof CATEGORIES)[number]) => Math.round(median(reports.map((report) => report.categories[category]!.score)) * 100);
    const audit = (id: string) => median(reports.map((report) => report.audits[id]!.numericValue));
    const performance = reports.map((report) => Math.round(report.categories.performance!.score * 100));
    rows.push([
      page,
      `${score("performance")} (${Math.min(...performance)}–${Math.max(...performance)})`,
      score("accessibility"),
      score("best-practices"),
      score("seo"),
      `${(audit("largest-contentful-paint") / 1000).toFixed(2)} s`,
      audit("cumulative-layout-shift").toFixed(3),
      `${Math.round(audit("total-blocking-time"))} ms`,
    ]);
  }
} finally {
  server.kill();
}

writeSection(
  "lighthouse",
  "Lighthouse, mobile preset",
  "npm run build && npm run bench:lighthouse",
  `Lighthouse 12.2.3, default mobile emulation and throttling, headless Chromium, the export served over loopback.
Median of ${RUNS} runs per page (performance range in brackets). Goal: 100 in all four categories.

${table(["page", "performance", "accessibility", "best practices", "SEO", "LCP", "CLS", "TBT"], rows)}`,
);
