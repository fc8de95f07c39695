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

/**
 * Debian's headless-only build of the same Chromium (`apt-get install
 * chromium-headless-shell`). It starts no window system, so a test page costs
 * about half the CPU (one content set's browser run here: 91 CPU-s against
 * 171 with the full browser); Playwright's own download uses it the same way.
 */
const HEADLESS_SHELLS = ["/usr/bin/chromium-headless-shell"];

/** The browser for the tests (`headlessShell`, preferred when installed) or for tools that want the whole browser (Lighthouse, screenshots). */
export function findChromium({ headlessShell = false } = {}): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined;
  const candidates = headlessShell ? [...HEADLESS_SHELLS, ...SYSTEM_BROWSERS] : SYSTEM_BROWSERS;
  return candidates.find((candidate) => existsSync(candidate));
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
