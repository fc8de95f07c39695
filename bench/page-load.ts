/**
 * One cold load of a page in real Chromium under Lighthouse's mobile
 * conditions (4× CPU slowdown, 150 ms round trip, 1.6 Mbps down, 750 kbps up,
 * a Moto G Power's screen): the paints the browser itself reports
 * (PerformanceObserver), the blocking time of its long tasks, and what it
 * fetched, by type. Third parties are unreachable (THIRD_PARTIES_UNREACHABLE, Chromium's --host-resolver-rules),
 * so an analytics script costs neither site anything.
 */
import { type Browser, chromium } from "@playwright/test";
import { findChromium } from "@/tests/e2e/find-browser";

export interface PageLoad {
  fcp: number;
  lcp: number;
  /** Cumulative layout shift: the sum of every shift the visitor did not cause (a web font arriving late included). */
  cls: number;
  /** Sum over long tasks after the first paint of the time each ran past 50 ms (Lighthouse's TBT, measured instead of simulated). */
  blocking: number;
  /** Bytes on the wire and requests, by the browser's resource type (Document, Stylesheet, Script, Font, Image, Fetch, Other). */
  byType: Record<string, { bytes: number; requests: number }>;
}

/** Resolve every host but the local server to nothing: no request leaves the machine, and none is intercepted (interception would slow both sites). */
export const THIRD_PARTIES_UNREACHABLE = "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";

/** The Chromium that measurePageLoad runs in, with third parties unreachable. */
export function launchMeasuringBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ["--no-sandbox", "--disable-gpu", `--host-resolver-rules=${THIRD_PARTIES_UNREACHABLE}`] });
}

const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
};
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
/**
 * How long a new window takes to finish opening: the full Chromium builds its
 * omnibox popup (a WebUI page of about 400 files and their scripts) for each
 * one, which took 1.8 s here. Navigating at once, the measured page shared the
 * machine's two cores with that work, for every site alike.
 */
const WINDOW_OPENING_MS = 2_500;
/** The load is over when nothing has been fetched for this long (after `load`), or at the limit. */
const QUIET_MS = 2_000;
const LIMIT_MS = 30_000;

/** Runs in the page before its own scripts; a string, as the TypeScript loader would wrap a function in helpers the page lacks. */
const OBSERVE_PAINTS_AND_TASKS = `
  const perf = (window.__perf = { fcp: 0, lcp: 0, cls: 0, tasks: [] });
  const observe = (type, take) => new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
  observe("paint", (entry) => { if (entry.name === "first-contentful-paint") perf.fcp = entry.startTime; });
  observe("largest-contentful-paint", (entry) => { perf.lcp = entry.startTime; });
  observe("layout-shift", (entry) => { if (!entry.hadRecentInput) perf.cls += entry.value; });
  observe("longtask", (entry) => perf.tasks.push([entry.startTime, entry.duration]));
`;

export async function measurePageLoad(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext(MOBILE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const types = new Map<string, string>();
    const byType: PageLoad["byType"] = {};
    let lastActivity = Date.now();
    cdp.on("Network.requestWillBeSent", () => {
      lastActivity = Date.now();
    });
    cdp.on("Network.responseReceived", ({ requestId, type }) => types.set(requestId, type));
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      lastActivity = Date.now();
      const type = types.get(requestId) ?? "Other";
      const entry = byType[type] ?? { bytes: 0, requests: 0 };
      byType[type] = { bytes: entry.bytes + encodedDataLength, requests: entry.requests + 1 };
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(OBSERVE_PAINTS_AND_TASKS);
    await page.waitForTimeout(WINDOW_OPENING_MS);
    const started = Date.now();
    await page.goto(url, { waitUntil: "load", timeout: LIMIT_MS });
    while (Date.now() - lastActivity < QUIET_MS && Date.now() - started < LIMIT_MS) await page.waitForTimeout(250);
    const perf = await page.evaluate(() => (window as unknown as { __perf: { fcp: number; lcp: number; cls: number; tasks: [number, number][] } }).__perf);
    const blocking = perf.tasks.filter(([start]) => start >= perf.fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    return { fcp: perf.fcp, lcp: perf.lcp, cls: perf.cls, blocking, byType };
  } finally {
    await context.close();
  }
}
