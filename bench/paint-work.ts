/**
 * `npm run bench:paint -- [<label>=]<url>…`: what the main thread does before a page's
 * first contentful paint, under the same conditions as `bench:peer` (4× CPU,
 * 150 ms round trip, 1.6 Mbps, a phone screen). Each URL is loaded RUNS times
 * (default 5), the URLs in turn, each load traced by Chromium; the table gives
 * medians of FCP, LCP and the time spent before FCP parsing HTML (inline
 * scripts included), evaluating scripts, computing style, laying out and
 * painting.
 *
 * Meant for comparing an export with copies of it changed in one way each
 * (served side by side with scripts/serve-static.mjs): which step of the
 * first paint a change moves, where FCP medians alone are too noisy to tell.
 * An edited copy must lose its Content-Security-Policy <meta>, or the browser
 * refuses its changed inline styles and scripts.
 */
import type { Browser } from "@playwright/test";
import { median } from "./lighthouse-run";
import { launchMeasuringBrowser, measurePageLoad } from "./page-load";
import { table, writeSection } from "./report";

/** Trace event names, by the step of rendering they belong to. */
const STEPS = {
  "parse HTML": "ParseHTML",
  script: "EvaluateScript",
  style: "UpdateLayoutTree",
  layout: "Layout",
  paint: "Paint",
} as const;
type Step = keyof typeof STEPS;
type Sample = Record<Step | "FCP" | "LCP", number>;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
}

/** Milliseconds each step ran on the page's main thread between navigation and the first contentful paint. */
function stepsBeforeFirstPaint(events: TraceEvent[]): Record<Step, number> {
  const navigation = events.find((event) => event.name === "navigationStart" && event.args?.data?.documentLoaderURL?.startsWith("http"));
  const firstPaint = events.find((event) => event.name === "firstContentfulPaint");
  if (!navigation || !firstPaint) throw new Error("the trace has no navigation or no first contentful paint");
  const main = events.filter(
    (event) => event.pid === navigation.pid && event.tid === navigation.tid && event.ph === "X" && event.ts >= navigation.ts && event.ts < firstPaint.ts,
  );
  const spent = (name: string) => main.filter((event) => event.name === name).reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
  return Object.fromEntries(Object.entries(STEPS).map(([step, name]) => [step, spent(name)])) as Record<Step, number>;
}

async function tracedLoad(browser: Browser, url: string): Promise<Sample> {
  await browser.startTracing(undefined, { categories: ["devtools.timeline", "loading", "blink.user_timing"] });
  const load = await measurePageLoad(browser, url);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  return { FCP: load.fcp, LCP: load.lcp, ...stepsBeforeFirstPaint(events) };
}

/** Each argument is a URL, or `label=URL` to name the row. */
const pages = process.argv.slice(2).map((argument) => {
  const [, label, url] = /^(?:([^=:/]+)=)?(.+)$/.exec(argument)!;
  return { label: label ?? url!, url: url! };
});
if (pages.length === 0) {
  console.error("Usage: npm run bench:paint -- [<label>=]<url>…   (RUNS=<n> loads each, default 5; WRITE=1 writes BENCHMARKS.md)");
  process.exit(1);
}
const runs = Number(process.env.RUNS ?? 5);
const browser = await launchMeasuringBrowser();
const samples = new Map<string, Sample[]>(pages.map(({ label }) => [label, []]));
for (let run = 0; run < runs; run++) {
  for (const { label, url } of pages) samples.get(label)!.push(await tracedLoad(browser, url));
}
await browser.close();

const columns = ["FCP", "LCP", ...Object.keys(STEPS)] as (keyof Sample)[];
const rows = pages.map(({ label }) => [label, ...columns.map((column) => `${Math.round(median(samples.get(label)!.map((sample) => sample[column])))} ms`)]);
const body = `Medians of ${runs} traced cold loads per URL, the URLs in turn (tracing slows the page: compare rows of one run, not with \`bench:peer\`). The step columns are main-thread time before the first contentful paint.

${table(["page", ...columns.map((column) => (column in STEPS ? `${column} before FCP` : column))], rows)}`;
console.log(body);
if (process.env.WRITE === "1")
  writeSection(
    "paint-work",
    "What the first paint waits for",
    `RUNS=${runs} npm run bench:paint -- ${process.argv
      .slice(2)
      .map((argument) => (argument.includes(" ") ? `"${argument}"` : argument))
      .join(" ")}`,
    body,
  );
