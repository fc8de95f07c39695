/**
 * One Lighthouse 12.2.3 run (the last release that runs on Node 20) on its
 * default mobile preset, in the system Chromium; the report is kept as JSON.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { findChromium } from "@/tests/e2e/find-browser";

export interface LighthouseReport {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
}

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function runLighthouse(url: string, output: string, { categories = ["performance"], chromeFlags = [] as string[] } = {}): LighthouseReport {
  const chrome = findChromium();
  execFileSync(
    "npx",
    [
      "--yes",
      "lighthouse@12.2.3",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      `--only-categories=${categories.join(",")}`,
      `--chrome-flags=${[...CHROME_FLAGS, ...chromeFlags].join(" ")}`,
    ],
    { stdio: "inherit", env: { ...process.env, ...(chrome && { CHROME_PATH: chrome }) } },
  );
  return JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
