/** lib/font-preload.ts: a page's fonts are fetched before the first paint only where they can arrive in time; elsewhere after it, for the next page. */
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { preloadFontsInTime } from "@/lib/font-preload";
import { FAST_LINE, type FaceState, fontVisit, PHONE_LINE, preloadedFonts } from "@/tests/export/font-preloads";
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

  it("preloads every file on a fast line, and where the browser reports no line, and draws the page in the font", () => {
    const tree = processed("/m/latin.woff2", "/m/latin-ext.woff2");
    for (const line of [FAST_LINE, undefined]) {
      expect(fontVisit(tree, line)).toEqual({ preloaded: ["/m/latin.woff2", "/m/latin-ext.woff2"], fallback: false, afterLoad: [] });
    }
  });

  it("on a phone's line, draws the first page in the fallback and fetches the font once it has loaded, for the next page", () => {
    const tree = processed("/m/latin.woff2");
    const storage = new Map<string, string>();
    expect(fontVisit(tree, PHONE_LINE, storage)).toEqual({ preloaded: [], fallback: true, afterLoad: ["/m/latin.woff2"] });
    expect(fontVisit(tree, PHONE_LINE, storage)).toEqual({ preloaded: ["/m/latin.woff2"], fallback: false, afterLoad: [] });
  });

  it("a page showing a face not fetched yet keeps its fallback, whatever else was fetched", () => {
    const storage = new Map<string, string>();
    fontVisit(processed("/m/latin.woff2"), PHONE_LINE, storage);
    const next = fontVisit(processed("/m/latin.woff2", "/m/latin-ext.woff2"), PHONE_LINE, storage);
    expect(next).toEqual({ preloaded: [], fallback: true, afterLoad: ["/m/latin.woff2", "/m/latin-ext.woff2"] });
    expect(fontVisit(processed("/m/latin-ext.woff2"), PHONE_LINE, storage).fallback).toBe(false);
  });

  it("where it preloads, keeps the fallback for the page's life if the first frame finds a face still on its way", () => {
    const tree = processed("/m/latin.woff2");
    const visit = (...faces: FaceState[]) => fontVisit(tree, FAST_LINE, new Map(), faces).fallback;
    expect(visit({ family: "Sans", status: "loaded" }, { family: "Sans Fallback", status: "loaded" })).toBe(false);
    expect(visit({ family: "Sans", status: "loading" }, { family: "Sans Fallback", status: "loaded" })).toBe(true);
    // The stylesheet's copy of a face the page has loaded already, loading from the browser's memory: not late.
    expect(visit({ family: "Sans", status: "loaded" }, { family: "Sans", status: "loading" })).toBe(false);
    expect(visit({ family: "Sans", status: "loaded", unicodeRange: "U+0-FF" }, { family: "Sans", status: "loading", unicodeRange: "U+400-45F" })).toBe(true);
    expect(visit({ family: "Sans", status: "loaded", weight: "400" }, { family: "Sans", status: "loading", weight: "700" })).toBe(true);
  });

  it("gives a face still on its way at the first frame a moment, within the time text waits for its face, before keeping the fallback", () => {
    const visit = (face: FaceState) => fontVisit(processed("/m/latin.woff2"), FAST_LINE, new Map(), [face]).fallback;
    expect(visit({ family: "Sans", status: "loading", aMomentLater: "loaded" })).toBe(false);
    expect(visit({ family: "Sans", status: "loading", aMomentLater: "loading" })).toBe(true);
  });

  it("never fetches the font for a visitor who saves data", () => {
    expect(fontVisit(processed("/m/latin.woff2"), { ...FAST_LINE!, saveData: true })).toEqual({ preloaded: [], fallback: true, afterLoad: [] });
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
