import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/e2e/find-browser";
import { e2eSite } from "./tests/site/site";

/**
 * End-to-end tests run against one static export, served over HTTP as a host
 * would serve it. Which export, from which content and under which base path
 * comes from the environment (see tests/e2e/site.ts); `npm test` runs this
 * suite once for every content set (scripts/run-tests.ts).
 */
const site = e2eSite();
const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } };
const phone = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } };

export default defineConfig({
  testDir: "tests/e2e",
  // Specs about one particular fixture (its people, its hostile markdown) run only against the
  // export built from it. Specs whose outcome no content can change (`*.once.spec.ts`: the
  // checks' self-tests, the frame every page shares) run once per test run (E2E_ONCE=1).
  testIgnore: [...(site.isFixtureSite ? [] : [/fixture-site\.spec\.ts/, /csp-defence\.spec\.ts/]), ...(process.env.E2E_ONCE ? [] : [/\.once\.spec\.ts$/])],
  // The test runner checks two content sets at once, each with results of its own.
  outputDir: process.env.E2E_RESULTS || "test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // CI runs two sets' browsers beside a build on two cores; a test that fails there once and passes
  // on its second try is reported as flaky by name, and one that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    launchOptions: { executablePath: findChromium({ headlessShell: true }), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...desktop, baseURL: site.url } },
    { name: "phone", use: { ...phone, baseURL: site.url }, testMatch: /layout\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/serve-static.mjs ${site.port} ${site.out}`,
    url: site.url,
    env: { BASE_PATH: site.basePath },
    reuseExistingServer: false,
  },
});
