import { defineConfig } from "vitest/config";
import { shared } from "./vitest.config";

/**
 * Checks of one static export read from disk, no browser needed: which export
 * and which content it was built from come from the environment
 * (tests/site/site.ts). scripts/run-tests.ts runs them once per content set.
 */
export default defineConfig({
  ...shared,
  // Whole-site checks read every page, beside a build and a browser run: minutes, not Vitest's five seconds, are "stuck".
  test: { include: ["tests/export/**/*.test.ts"], environment: "node", isolate: false, testTimeout: 120_000 },
});
