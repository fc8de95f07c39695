/**
 * First-load JavaScript of an exported page: every script file its HTML loads
 * (modern browsers skip `noModule` polyfills, so those are left out), raw and
 * gzipped. Shared by the benchmark and the budget test.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface FirstLoad {
  route: string;
  chunks: string[];
  raw: number;
  gzip: number;
}

const SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;

export function scriptChunks(html: string, basePath = ""): string[] {
  const chunks = [...html.matchAll(SCRIPT)].filter(([tag]) => !/\bnoModule\b/i.test(tag)).map(([, src]) => src!);
  return [...new Set(chunks.map((src) => src.slice(basePath.length).split("?")[0]!))];
}

const sizes = new Map<string, { raw: number; gzip: number }>();

function chunkSize(outDir: string, src: string) {
  const file = path.join(outDir, src);
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(file);
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}

export function firstLoad(outDir: string, htmlFile: string, basePath = ""): FirstLoad {
  const chunks = scriptChunks(readFileSync(path.join(outDir, htmlFile), "utf8"), basePath);
  const total = chunks
    .map((src) => chunkSize(outDir, src))
    .reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
  const route = `/${htmlFile.replace(/index\.html$/, "").replace(/\.html$/, "")}`;
  return { route, chunks, ...total };
}

/** Every exported HTML page under `outDir`, as paths relative to it. */
export function exportedPages(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}
