/** The post-build step that leaves Next's runtime out of pages with nothing to hydrate. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fromHtml } from "hast-util-from-html";
import { afterEach, describe, expect, it } from "vitest";
import { removeUnusedFrameworkRuntime, withoutFrameworkRuntime } from "@/lib/framework-runtime";
import { attribute, select, selectAll, textOf } from "@/tests/export/html";

/** A page as Next 16 exports it (the tags copied from a real export), under `base`, with `body` in <main>. */
function exported(base = "", body = "<h1>Go</h1>") {
  const chunk = (name: string) => `${base}/_next/static/chunks/${name}.js`;
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    `<link rel="stylesheet" href="${base}/_next/static/chunks/site.css" data-precedence="next">` +
    `<link rel="preload" as="script" fetchpriority="low" href="${chunk("page")}">` +
    `<script src="${chunk("react")}" async=""></script><script src="${chunk("turbopack-x")}" async=""></script>` +
    `<script>try{localStorage.getItem("theme")}catch(e){}</script>` +
    `<script src="${chunk("polyfills")}" nomodule=""></script>` +
    `<script type="application/ld+json">{"@type":"Person"}</script></head>` +
    `<body><main>${body}</main><footer>Footer</footer>` +
    `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/page.js"]});</script>` +
    `<script src="${chunk("page")}" async=""></script>` +
    `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>` +
    `<script>(function behaviours(){})();</script></body></html>`
  );
}

const scripts = (html: string) => selectAll("script", fromHtml(html)).map((script) => attribute(script, "src") ?? textOf(script));
const links = (html: string) => selectAll("link", fromHtml(html)).map((link) => attribute(link, "href"));

describe("withoutFrameworkRuntime", () => {
  it.each(["", "/portfolio"])("leaves the page's own scripts, data and stylesheet and none of Next's (base path %j)", (base) => {
    const page = withoutFrameworkRuntime(exported(base));
    expect(scripts(page)).toEqual(['try{localStorage.getItem("theme")}catch(e){}', '{"@type":"Person"}', "(function behaviours(){})();"]);
    expect(links(page)).toEqual([`${base}/_next/static/chunks/site.css`]);
    const text = (html: string, part: string) => textOf(select(part, fromHtml(html))!);
    for (const part of ["main", "footer"]) expect(text(page, part)).toBe(text(exported(base), part));
  });

  it("refuses a page where a tag of Next's is left, as a new version may write its tags otherwise", () => {
    const moved = exported().replace('<script src="/_next/static/chunks/react.js" async="">', '<script defer src="/_next/static/chunks/react.js">');
    expect(() => withoutFrameworkRuntime(moved)).toThrow(/still in the page.*react\.js/);
    const payload = exported().replace("<script>self.__next_f.push(", '<script nonce="n">self.__next_f.push(');
    expect(() => withoutFrameworkRuntime(payload)).toThrow(/still in the page.*__next_f/);
  });
});

describe("removeUnusedFrameworkRuntime", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps the runtime only on the pages whose client components hydrate", () => {
    const out = mkdtempSync(path.join(tmpdir(), "runtime-"));
    made.push(out);
    mkdirSync(path.join(out, "skills"));
    writeFileSync(path.join(out, "index.html"), exported());
    writeFileSync(path.join(out, "skills/index.html"), exported("", `<div data-hydrate=""><form role="search"></form></div>`));
    removeUnusedFrameworkRuntime(out);
    const runtimeIn = (file: string) => scripts(readFileSync(path.join(out, file), "utf8")).filter((script) => /_next|__next_f|TURBOPACK/.test(script)).length;
    expect(runtimeIn("index.html")).toBe(0);
    expect(runtimeIn("skills/index.html")).toBe(7);
  });
});
