import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/e2e/find-browser";

/**
 * End-to-end tests run against static exports served over HTTP, as a host would serve them:
 * - the owner's site, `out/` (from `npm run build`), at the domain root;
 * - a site built from another person's fixture content, `out-test-site/` (from
 *   `npm run build:test-site`), under the base path /portfolio.
 */
const SITE_PORT = 4173;
const TEST_SITE_PORT = 4174;
const TEST_SITE_BASE_PATH = "/portfolio";

const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } };
const phone = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } };
const site = `http://127.0.0.1:${SITE_PORT}/`;
const testSite = `http://127.0.0.1:${TEST_SITE_PORT}${TEST_SITE_BASE_PATH}/`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? "line" : "list",
  use: {
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...desktop, baseURL: site }, testIgnore: /test-site\.spec\.ts/ },
    { name: "phone", use: { ...phone, baseURL: site }, testMatch: /layout\.spec\.ts/ },
    { name: "test-site", use: { ...desktop, baseURL: testSite }, testMatch: /test-site\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.mjs ${SITE_PORT} out`,
      url: site,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve-static.mjs ${TEST_SITE_PORT} out-test-site`,
      url: testSite,
      env: { BASE_PATH: TEST_SITE_BASE_PATH },
      reuseExistingServer: false,
    },
  ],
});
