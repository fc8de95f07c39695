/**
 * Screenshots of pages of the running export, at desktop and phone widths in
 * light and dark, for looking at what we ship.
 * Usage: npx tsx scripts/screenshots.ts [path ...]   (server at $BASE_URL, default http://127.0.0.1:3000)
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "@/tests/e2e/find-browser";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/"];
const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
];
const schemes = ["light", "dark"] as const;

mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const viewport of viewports) {
  for (const colorScheme of schemes) {
    const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
    for (const pagePath of paths) {
      await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: "networkidle" });
      // The theme as the toggle sets it, so a site that opens light or dark is still seen in both.
      await page.evaluate((theme) => {
        document.documentElement.classList.remove("light", "dark");
        document.documentElement.classList.add(theme);
      }, colorScheme);
      const name = pagePath.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "home";
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      // Long pages are cut into screen-sized parts, which stay readable when viewed.
      const partHeight = viewport.width * 2;
      for (let part = 0; part * partHeight < height; part++) {
        const suffix = height > partHeight ? `-${part + 1}` : "";
        await page.screenshot({
          path: `screenshots/${name}-${viewport.name}-${colorScheme}${suffix}.png`,
          fullPage: true,
          clip: { x: 0, y: part * partHeight, width: viewport.width, height: Math.min(partHeight, height - part * partHeight) },
        });
      }
    }
    await page.close();
  }
}
await browser.close();
