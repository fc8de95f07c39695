/**
 * `npm run build`: checks the content, exports the site to out/, and finishes
 * the export. The previous out/ is removed first, so a build that fails at any
 * step leaves nothing stale behind that could be deployed by mistake.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { inlineCriticalCss } from "@/lib/critical-css";
import { removeUnusedFrameworkRuntime } from "@/lib/framework-runtime";
import { basePath } from "@/lib/site-config";
import { removeEmptyListPages, removePlaceholderPages } from "@/lib/static-params";

const OUT = "out";

/** A command to run, or work done here; either way a step that fails stops the build. */
type Step = { name: string; command: string[] } | { name: string; run: () => void | Promise<void> };

const STEPS: Step[] = [
  { name: "content check", command: ["node", "--import", "tsx", "scripts/check-content.ts"] },
  { name: "next build", command: ["node", "node_modules/next/dist/bin/next", "build"] },
  { name: "placeholder clean-up", run: () => removePlaceholderPages(OUT) },
  { name: "empty list pages clean-up", run: () => removeEmptyListPages(OUT) },
  { name: "framework runtime step", run: () => removeUnusedFrameworkRuntime(OUT) },
  { name: "critical CSS step", run: () => inlineCriticalCss(OUT, basePath) },
  { name: "Content-Security-Policy step", command: ["node", "--import", "tsx", "scripts/add-csp.ts", OUT] },
];

async function perform(step: Step): Promise<{ ok: boolean; error?: Error }> {
  if ("run" in step) {
    try {
      await step.run();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error as Error };
    }
  }
  const [program, ...args] = step.command;
  const { status, error } = spawnSync(program!, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });
  return { ok: status === 0, error };
}

rmSync(OUT, { recursive: true, force: true });
for (const step of STEPS) {
  const { ok, error } = await perform(step);
  if (!ok) {
    rmSync(OUT, { recursive: true, force: true });
    console.error(
      `\nBuild failed at the ${step.name}${error ? ` (${error.message})` : ""}. ${OUT}/ was removed, so nothing stale can be deployed; fix the problems above and build again.`,
    );
    process.exit(1);
  }
}
