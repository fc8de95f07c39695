/** lib/font-preload.ts: a page's font preloads happen only where the files can arrive before the first paint. */
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { preloadFontsInTime } from "@/lib/font-preload";
import { FAST_LINE, PHONE_LINE, preloadedFonts } from "@/tests/export/font-preloads";
import { selectAll } from "@/tests/export/html";

const BYTES: Record<string, number> = { "/m/latin.woff2": 20_000, "/m/latin-ext.woff2": 10_000, "/m/tiny.woff2": 1_000 };
const bytesOf = (href: string) => BYTES[href]!;

const link = (href: string) => `<link rel="preload" as="font" crossorigin="anonymous" href="${href}">`;
const page = (...hrefs: string[]) =>
  `<!DOCTYPE html><html><head><link rel="icon" href="/icon.svg">${hrefs.map(link).join("")}</head><body><p>Hi</p></body></html>`;
const processed = (...hrefs: string[]) => fromHtml(preloadFontsInTime(page(...hrefs), bytesOf));

describe("preloadFontsInTime", () => {
  it("puts one script in place of the page's font preloads, and leaves every other link", () => {
    const tree = processed("/m/latin.woff2", "/m/latin-ext.woff2");
    expect(selectAll('link[rel="preload"]', tree)).toEqual([]);
    expect(selectAll('link[rel="icon"]', tree)).toHaveLength(1);
    expect(selectAll("head script", tree)).toHaveLength(1);
  });

  it("preloads every file on a fast line, and where the browser reports no line", () => {
    const tree = processed("/m/latin.woff2", "/m/latin-ext.woff2");
    expect(preloadedFonts(tree, FAST_LINE)).toEqual(["/m/latin.woff2", "/m/latin-ext.woff2"]);
    expect(preloadedFonts(tree, undefined)).toEqual(["/m/latin.woff2", "/m/latin-ext.woff2"]);
  });

  it("preloads nothing on a phone's line, or for a visitor who saves data", () => {
    const tree = processed("/m/latin.woff2");
    expect(preloadedFonts(tree, PHONE_LINE)).toEqual([]);
    expect(preloadedFonts(tree, { ...FAST_LINE!, saveData: true })).toEqual([]);
  });

  it("weighs the files: on the same line a small one makes the first paint and a large one does not", () => {
    const line = { rtt: 50, downlink: 2 };
    expect(preloadedFonts(processed("/m/tiny.woff2"), line)).toEqual(["/m/tiny.woff2"]);
    expect(preloadedFonts(processed("/m/latin.woff2"), line)).toEqual([]);
  });

  it("leaves a page without font preloads as it is", () => {
    expect(preloadFontsInTime(page(), bytesOf)).toBe(page());
  });
});
