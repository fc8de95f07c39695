/**
 * Which Chromium Playwright should drive. Playwright's own download is used
 * when present; where it cannot be downloaded (Debian CI, this project's
 * machines), a system Chromium is found instead. `CHROME_PATH` overrides both.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export function findChromium(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined;
  return SYSTEM_BROWSERS.find((candidate) => existsSync(candidate));
}

/**
 * Flags that keep a system Chromium quiet on a machine without network, and
 * working as root. One renderer process per browser: a worker runs one test
 * at a time, and a process for every new page costs more than the page (about
 * 15% of a test's CPU here, where content sets are checked two at a time).
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--renderer-process-limit=1",
];
