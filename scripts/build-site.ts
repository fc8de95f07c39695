/**
 * `npm run build`: checks the content, exports the site to out/, and finishes
 * the export. The previous out/ is removed first, so a build that fails at any
 * step leaves nothing stale behind that could be deployed by mistake.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const OUT = "out";

const STEPS: { name: string; command: string[] }[] = [
  { name: "content check", command: ["node", "--import", "tsx", "scripts/check-content.ts"] },
  { name: "next build", command: ["node", "node_modules/next/dist/bin/next", "build"] },
  { name: "Content-Security-Policy step", command: ["node", "--import", "tsx", "scripts/add-csp.ts", OUT] },
];

rmSync(OUT, { recursive: true, force: true });
for (const step of STEPS) {
  const [program, ...args] = step.command;
  const { status, error } = spawnSync(program!, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });
  if (status !== 0) {
    rmSync(OUT, { recursive: true, force: true });
    console.error(`\nBuild failed at the ${step.name}${error ? ` (${error.message})` : ""}. ${OUT}/ was removed, so nothing stale can be deployed; fix the problems above and build again.`);
    process.exit(1);
  }
}
