import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);

/**
 * Unit tests run in Node by default; component tests opt into a DOM with
 * `// @vitest-environment happy-dom` at the top of the file. End-to-end tests
 * belong to Playwright and are never collected here.
 */
export default defineConfig({
  resolve: {
    alias: { "@": root },
  },
  oxc: {
    jsx: { runtime: "automatic" },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    // next/link reads the trailingSlash setting from here; next.config.ts sets it for builds.
    env: { __NEXT_TRAILING_SLASH: "true" },
  },
});
