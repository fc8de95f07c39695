import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The unit tests that run lib/content, lib/csp, lib/search, lib/resume and lib/import in this
 * process, for Stryker (stryker.config.mjs). Left out: tests/unit/scripts (they spawn
 * `node --import tsx`, where a mutant is never switched on, and are the slowest), the other
 * tests/unit/site* files (they reach none of these folders) and the component tests (they read
 * only the PROFICIENCY labels, and would load a DOM for nothing).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["tests/unit/{content,csp,search,resume,import,images,radar}/**/*.test.ts", "tests/unit/structured-data.test.ts"],
    },
  }),
);
