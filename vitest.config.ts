import path from "node:path";
import { defineConfig, type ViteUserConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);

/** What every Vitest run here shares: the @/ alias, JSX, and Next's trailing-slash setting that next/link reads. */
export const shared = {
  resolve: { alias: { "@": root } },
  oxc: { jsx: { runtime: "automatic" } },
} satisfies ViteUserConfig;

/**
 * Unit tests run in Node by default; component tests opt into a DOM with
 * `// @vitest-environment happy-dom` at the top of the file. End-to-end tests
 * belong to Playwright, and checks of an export to vitest.export.config.ts.
 * No test leaves state behind in a module, so files share workers without
 * isolation, which halves the run.
 */
export default defineConfig({
  ...shared,
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"],
    environment: "node",
    isolate: false,
    // Some tests start the owner's scripts (Node and tsx); `npm test` runs them beside builds and browsers.
    testTimeout: 60_000,
    // Components speak English here whatever the owner's locale; a test that wants German sets SITE_LOCALE itself.
    env: { __NEXT_TRAILING_SLASH: "true", SITE_LOCALE: "en_US" },
  },
});
