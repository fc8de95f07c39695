import { defineConfig } from "vitest/config";
import { shared } from "./vitest.config";

/**
 * Checks of one static export read from disk, no browser needed: which export
 * and which content it was built from come from the environment
 * (tests/site/site.ts). scripts/test-sites.ts runs them once per content set.
 */
export default defineConfig({
  ...shared,
  test: { include: ["tests/export/**/*.test.ts"], environment: "node", isolate: false },
});
