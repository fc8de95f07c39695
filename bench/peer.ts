/**
 * `npm run bench:peer -- <peer-export> [runs]`: this site's export (out/)
 * against a peer's (the popular starter in ../shared/peer/README.md), served
 * by the same server, measured alternately page kind by page kind, and
 * compared as ratios: real paints and blocking time under throttling
 * (bench/page-load.ts), Lighthouse's mobile performance score, and what each
 * page fetched. Lighthouse's score moves with the host's CPU from day to day,
 * so only figures from one run are compared; its CPU benchmark is printed.
 *
 * Our pages are chosen from the content by kind: home, the strongest skill,
 * the skills list, the first project. The peer's are its counterparts (a blog
 * post, the tags list, another post), fixed for its v2.4.0; PEER_PAGES
 * overrides them as `home,content,list,project` paths. BEFORE=<folder> adds
 * an earlier export of ours to the same run, to show a change's effect.
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { getShowcase } from "@/lib/content";
import { routes } from "@/lib/routes";
import { type LighthouseReport, median, runLighthouse } from "./lighthouse-run";
import { launchMeasuringBrowser, measurePageLoad, type PageLoad, THIRD_PARTIES_UNREACHABLE } from "./page-load";
import { kb, table, writeSection } from "./report";

const [peerExport, runsArgument] = process.argv.slice(2);
if (!peerExport) {
  console.error("usage: npm run bench:peer -- <peer-export-folder> [runs]   (build ours first: npm run build)");
  process.exit(2);
}
const RUNS = Number(runsArgument ?? process.env.RUNS ?? 5);
const LIGHTHOUSE = process.env.LIGHTHOUSE !== "0";

/** The peer, optionally an earlier export of ours (BEFORE=<folder>, to show a change's effect in the same run), and ours. */
const SITES = { peer: peerExport, ...(process.env.BEFORE && { before: process.env.BEFORE }), ours: "out" };
type Site = keyof typeof SITES | "before";
const sites = Object.keys(SITES) as Site[];
const portOf = (site: Site) => 4191 + sites.indexOf(site);

function pagesByKind(): { kind: string; peer: string; ours: string }[] {
  const { skills, projects } = getShowcase();
  const peer = (process.env.PEER_PAGES ?? "/,/blog/code-sample,/tags,/blog/github-markdown-guide").split(",");
  const ours = [routes.home, skills[0] && routes.skill(skills[0].slug), routes.skills, projects[0] && routes.project(projects[0].slug)];
  const kinds = ["home", "skill / post", "skills / tags", "project / post"];
  return kinds.flatMap((kind, index) => (ours[index] && peer[index] ? [{ kind, ours: ours[index], peer: peer[index] }] : []));
}

interface Sample {
  load: PageLoad;
  lighthouse?: LighthouseReport;
}

async function measure(site: Site, path: string, run: number, browser: Browser): Promise<Sample> {
  const url = `http://127.0.0.1:${portOf(site)}${path}`;
  const load = await measurePageLoad(browser, url);
  const output = `.bench/peer/${site}${path.replace(/\//g, "_")}-${run}.json`;
  const lighthouse = LIGHTHOUSE ? runLighthouse(url, output, { chromeFlags: [`--host-resolver-rules="${THIRD_PARTIES_UNREACHABLE}"`] }) : undefined;
  const score = lighthouse ? `, Lighthouse ${Math.round(lighthouse.categories.performance!.score * 100)}` : "";
  console.log(`${site} ${path} run ${run + 1}: LCP ${Math.round(load.lcp)} ms, blocking ${Math.round(load.blocking)} ms${score}`);
  return { load, lighthouse };
}

/** Every site's loads of every page kind, the sites' order turning round run by run so none always meets a warmer machine. */
async function measureAll(pages: ReturnType<typeof pagesByKind>): Promise<Map<string, Sample[]>> {
  const servers = sites.map((site) =>
    spawn("node", ["scripts/serve-static.mjs", String(portOf(site)), SITES[site as keyof typeof SITES]!], { stdio: "ignore" }),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  mkdirSync(".bench/peer", { recursive: true });
  const browser = await launchMeasuringBrowser();
  const samples = new Map<string, Sample[]>();
  try {
    for (let run = 0; run < RUNS; run++) {
      const order = [...sites.slice(run % sites.length), ...sites.slice(0, run % sites.length)];
      for (const page of pages) {
        for (const site of order) {
          const key = `${site} ${page.kind}`;
          samples.set(key, [...(samples.get(key) ?? []), await measure(site, site === "peer" ? page.peer : page.ours, run, browser)]);
        }
      }
    }
    return samples;
  } finally {
    browserVersion = browser.version();
    await browser.close();
    for (const server of servers) server.kill();
  }
}

let browserVersion = "";
const pages = pagesByKind();
const samples = await measureAll(pages);

const of = (site: Site, kind: string) => samples.get(`${site} ${kind}`)!;
const loadMedian = (site: Site, kind: string, pick: (load: PageLoad) => number) => median(of(site, kind).map(({ load }) => pick(load)));
const score = (site: Site, kind: string) =>
  LIGHTHOUSE ? Math.round(median(of(site, kind).map(({ lighthouse }) => lighthouse!.categories.performance!.score)) * 100) : NaN;
const totals = (load: PageLoad) =>
  Object.values(load.byType).reduce((sum, type) => ({ bytes: sum.bytes + type.bytes, requests: sum.requests + type.requests }), { bytes: 0, requests: 0 });
const fetched = (site: Site, kind: string, type?: string) => {
  const pick = (load: PageLoad) => (type ? (load.byType[type] ?? { bytes: 0, requests: 0 }) : totals(load));
  return `${kb(loadMedian(site, kind, (load) => pick(load).bytes))} / ${loadMedian(site, kind, (load) => pick(load).requests)}`;
};
/** Each site's median, then ours ÷ the peer's (and before ÷ the peer's). */
const compared = (kind: string, pick: (load: PageLoad) => number) => {
  const values = sites.map((site) => loadMedian(site, kind, pick));
  const ratios = sites.slice(1).map((_, index) => `${(values[index + 1]! / values[0]!).toFixed(2)}×`);
  return `${values.map((value) => `${Math.round(value)} ms`).join(" / ")} (${ratios.join(", ")})`;
};

const timing = pages.map(({ kind, ours, peer }) => [
  `${kind} (${peer} / ${ours})`,
  compared(kind, (load) => load.lcp),
  compared(kind, (load) => load.fcp),
  compared(kind, (load) => load.blocking),
  sites.map((site) => Math.max(...of(site, kind).map(({ load }) => load.cls)).toFixed(3)).join(" / "),
  sites.map((site) => score(site, kind)).join(" / "),
]);
const TYPES = ["Document", "Stylesheet", "Script", "Font", "Fetch"];
const traffic = pages.map(({ kind }) => [kind, ...[undefined, ...TYPES].map((type) => sites.map((site) => fetched(site, kind, type)).join(" · "))]);
const benchmarkIndex = LIGHTHOUSE
  ? median(
      [...samples.values()].flat().map(({ lighthouse }) => (lighthouse as unknown as { environment: { benchmarkIndex: number } }).environment.benchmarkIndex),
    )
  : undefined;

const body = `Sites, in this order in every cell: ${sites.map((site) => `${site} (\`${SITES[site as keyof typeof SITES]}\`)`).join(", ")}; ratios are to the peer.
All served by scripts/serve-static.mjs (brotli), third parties unreachable, a cold cache each load, ${RUNS} runs taking the sites in turn
page kind by page kind; medians. Real paints: Chromium ${browserVersion}, each load in a new window once it has finished opening, reporting its own
LCP and FCP under 4× CPU slowdown, 150 ms round trip, 1.6 Mbps down, a 412 × 823 phone screen; blocking time is the sum over long tasks after the first paint of each one's time past 50 ms,
until nothing has been fetched for 2 s; layout shift is the largest of the runs' (web fonts arriving late included).
${LIGHTHOUSE ? `Lighthouse 12.2.3 mobile performance (simulated throttling); the host's CPU benchmark (Lighthouse's benchmarkIndex) read ${Math.round(benchmarkIndex!)}.` : "Lighthouse not run (LIGHTHOUSE=0)."}
Targets (the performance issue): LCP ≤ 0.5× the peer's, blocking time ≤ 0.4×, Lighthouse ≥ peer + 10.

${table(["page kind (peer / ours)", "real LCP", "FCP", "blocking time", "layout shift", "Lighthouse mobile"], timing)}

What each page fetched, as bytes on the wire / requests (medians), sites in the same order:

${table(["page kind", "all", ...TYPES], traffic)}`;
console.log(body);
writeSection(
  "peer",
  "Side by side with the peer",
  `npm run build && ${process.env.BEFORE ? "BEFORE=<earlier export> " : ""}npm run bench:peer -- ${peerExport}`,
  body,
);
