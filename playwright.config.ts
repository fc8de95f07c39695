import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/e2e/find-browser";

const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = process.env.BASE_PATH ?? "";

/** End-to-end tests run against the static export in `out/`, served over HTTP as a host would. */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } }, testMatch: /layout\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/serve-static.mjs ${port}`,
    url: `http://127.0.0.1:${port}${basePath}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
