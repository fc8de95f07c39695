#!/usr/bin/env node
/**
 * Serves the static export in out/ the way a static host does: under the base
 * path it was built with (BASE_PATH, or else read from the export itself, so a
 * Pages build previews as it will be deployed; `/` then redirects there),
 * `route/` from `route/index.html`, a 301 to add the trailing
 * slash, `route` from `route.html` (exports built without trailing slashes,
 * like the peer site the benchmark compares with), out/404.html with status 404, long-lived caching for hashed assets,
 * and text compressed with brotli or gzip (as every real host does, so that
 * measurements here are fair).
 *
 * Usage: node scripts/serve-static.mjs [port] [folder]   (defaults: $PORT or 3000, out)
 */
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const root = path.resolve(process.argv[3] ?? "out");
/** The prefix of the export's own asset URLs: "/portfolio" for a build with BASE_PATH=/portfolio. */
function builtBasePath() {
  try {
    const html = readFileSync(path.join(root, "index.html"), "utf8");
    return /\s(?:src|href)="([^"]*)\/_next\/static\//.exec(html)?.[1] ?? "";
  } catch {
    return "";
  }
}

const basePath = (process.env.BASE_PATH ?? builtBasePath())
  .trim()
  .replace(/\/+$/, "")
  .replace(/^(?=[^/])/, "/");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".jpeg": "image/jpeg",
  ".pdf": "application/pdf",
  ".woff2": "font/woff2",
};

function fileAt(relative) {
  const absolute = path.resolve(root, `.${relative}`);
  if (absolute !== root && !absolute.startsWith(root + path.sep)) return undefined;
  try {
    const stats = statSync(absolute);
    return { absolute, isDirectory: stats.isDirectory(), size: stats.size, mtimeMs: stats.mtimeMs };
  } catch {
    return undefined;
  }
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;
const compressed = new Map();

/** The file's bytes in the best encoding the client accepts; compressed forms are kept in memory. */
function encode(file, type, acceptEncoding = "") {
  const bytes = readFileSync(file.absolute);
  if (!COMPRESSIBLE.test(type)) return { body: bytes };
  const encoding = /\bbr\b/.test(acceptEncoding) ? "br" : /\bgzip\b/.test(acceptEncoding) ? "gzip" : undefined;
  if (!encoding) return { body: bytes };
  const key = `${encoding}:${file.absolute}:${file.size}:${file.mtimeMs}`;
  if (!compressed.has(key)) compressed.set(key, encoding === "br" ? brotliCompressSync(bytes) : gzipSync(bytes, { level: 9 }));
  return { body: compressed.get(key), encoding };
}

function send(response, status, file, headers = {}) {
  const type = TYPES[path.extname(file.absolute)] ?? "application/octet-stream";
  const cache = file.absolute.includes(`${path.sep}_next${path.sep}static${path.sep}`)
    ? "public, max-age=31536000, immutable"
    : "public, max-age=0, must-revalidate";
  const { body, encoding } = encode(file, type, response.req.headers["accept-encoding"]);
  response.writeHead(status, {
    "Content-Type": type,
    "Content-Length": body.length,
    "Cache-Control": cache,
    Vary: "Accept-Encoding",
    ...(encoding && { "Content-Encoding": encoding }),
    ...headers,
  });
  response.end(response.req.method === "HEAD" ? undefined : body);
}

function notFound(response) {
  const page = fileAt("/404.html");
  if (page) return send(response, 404, page);
  response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
}

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(response);
  }
  if (basePath && pathname === "/") {
    response.writeHead(302, { Location: `${basePath}/` }).end();
    return;
  }
  if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return notFound(response);
  const relative = pathname.slice(basePath.length) || "/";
  const file = fileAt(relative);
  const cleanUrl = !relative.endsWith("/") && fileAt(`${relative}.html`);
  if (cleanUrl && (!file || (file.isDirectory && !fileAt(path.posix.join(relative, "index.html"))))) return send(response, 200, cleanUrl);
  if (!file) return notFound(response);
  if (!file.isDirectory) return send(response, 200, file);
  if (!url.pathname.endsWith("/")) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const index = fileAt(path.posix.join(relative, "index.html"));
  return index ? send(response, 200, index) : notFound(response);
}).listen(port, "127.0.0.1", () => {
  console.log(`Serving ${path.relative(process.cwd(), root)}/ at http://127.0.0.1:${port}${basePath}/`);
});
