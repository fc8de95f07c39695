/** Building one content set, and checking its export on disk and in the browser. */
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { writeGeneratedContent } from "@/tests/generated/write";
import { type ContentSet, exportOf, isOwner, KEPT, label, siteEnv } from "./content-sets";
import { type limiter, step } from "./steps";

/** Writes (if generated) and builds one content set, and moves its export to where its checks read it. */
export async function buildSet(set: ContentSet): Promise<boolean> {
  if (set.seed !== undefined) console.log(`\n${writeGeneratedContent(set.contentDir, set.seed).line}`);
  if (!(await step(`build ${label(set)}`, "npm", ["run", "--silent", "build"], { ...siteEnv(set), PORTFOLIO_TEST_BUILD: "1" }))) return false;
  rmSync(exportOf(set), { recursive: true, force: true });
  mkdirSync(path.dirname(exportOf(set)), { recursive: true });
  renameSync("out", exportOf(set));
  return true;
}

/** The owner's export, checked, goes back to out/, ready to deploy. */
export function restoreOwnerExport(set: ContentSet): void {
  rmSync("out", { recursive: true, force: true });
  renameSync(exportOf(set), "out");
}

/** A port nothing listens on now: two browser runs, or a server left over from an interrupted run, never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface CheckOptions {
  browserRun: ReturnType<typeof limiter>;
  playwrightArgs: string[];
}

/**
 * Checks one built set: its files (Vitest) beside the browser run
 * (Playwright), which has a port and a results folder of its own.
 * Resolves to whether both passed.
 */
export async function checkSet(set: ContentSet, { browserRun, playwrightArgs }: CheckOptions): Promise<boolean> {
  const env = { ...siteEnv(set), SITE_OUT: exportOf(set) };
  const files = step(`export checks of ${label(set)}`, "npx", ["vitest", "run", "--config", "vitest.export.config.ts"], env);
  const browser = {
    ...env,
    E2E_PORT: String(await freePort()),
    E2E_RESULTS: `${KEPT}/results/${set.name}`,
    ...(set.sample && { E2E_SWEEP: "sample" }),
    // The owner's run, once per test run, also holds the specs no content can change (*.once.spec.ts).
    ...(isOwner(set) && { E2E_ONCE: "1" }),
  };
  const grep = set.browser ? ["--grep", set.browser] : [];
  const inBrowser =
    set.browser === false ? true : browserRun(() => step(`browser tests of ${label(set)}`, "npx", ["playwright", "test", ...grep, ...playwrightArgs], browser));
  return (await Promise.all([files, inBrowser])).every(Boolean);
}
