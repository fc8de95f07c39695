/** The per-page Content-Security-Policy written after `next build`. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { STYLESHEET_WAIT } from "@/lib/critical-css";
import { applyPageCsp } from "@/lib/csp/apply";
import { inlineScripts, sha256Source } from "@/lib/csp/inline-scripts";
import { pagePolicy } from "@/lib/csp/policy";

const THEME = `try{document.documentElement.classList.add("dark")}catch(e){}`;
const FLIGHT = `self.__next_f.push([1,"\\u003cscript\\u003e\\u003c/main\\u003e"])`;

/** The shape of an exported page: head scripts, content in <main>, framework scripts after it. */
function page(content = "<p>Hello</p>") {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>` +
    `<script src="/_next/static/chunks/a.js" async=""></script><script>${THEME}</script></head>` +
    `<body><main id="main">${content}<script type="application/ld+json">{"@type":"Person"}</script></main>` +
    `<footer></footer><script id="_R_">(globalThis.TURBOPACK ||= []).push(1)</script><script>${FLIGHT}</script></body></html>`
  );
}

const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1];
const directive = (policy: string, name: string) => policy.split("; ").find((each) => each.startsWith(`${name} `));

describe("sha256Source", () => {
  it("is the base64 SHA-256 of the script text as UTF-8, in CSP syntax", () => {
    const text = "alert('é')";
    expect(sha256Source(text)).toBe(`'sha256-${createHash("sha256").update(Buffer.from(text, "utf8")).digest("base64")}'`);
  });
});

describe("inlineScripts", () => {
  it("finds executable inline scripts only, and tells the framework's from the content's", () => {
    const scripts = inlineScripts(page(`<script>window.__pwned=1</script><script type="module">import("x")</script>`));
    expect(scripts.map((script) => script.origin)).toEqual(["framework", "content", "content", "framework", "framework"]);
    expect(scripts[0]!.text).toBe(THEME);
    expect(scripts.at(-1)!.text).toBe(FLIGHT);
  });

  it("allows inside <main> only the script that makes the parser wait for the stylesheet, which runs nothing", () => {
    const scripts = inlineScripts(
      page(`<header></header><link rel="stylesheet" href="/s.css"><script>${STYLESHEET_WAIT}</script><script>window.__pwned=1</script>`),
    );
    expect(scripts.filter((script) => script.origin === "content").map((script) => script.text)).toEqual(["window.__pwned=1"]);
    expect(scripts.filter((script) => script.origin === "framework").map((script) => script.text)).toContain(STYLESHEET_WAIT);
  });

  it("is not fooled by content that fakes the end of <main>", () => {
    const scripts = inlineScripts(page(`</main><script>window.__pwned=1</script>`));
    // The real </main> is the last one, so the injected script still counts as content.
    expect(scripts.filter((script) => script.origin === "content").map((script) => script.text)).toEqual(["window.__pwned=1"]);
  });

  it("reads the type and src attributes as a browser does: any case, any quotes, spaces trimmed", () => {
    const scripts = inlineScripts(
      page(
        `<script SRC="/a.js"></script><script src=/b.js></script>` +
          `<script type=" module ">a</script><script type="text/javascript">b</script><script TYPE='application/x-javascript'>c</script>` +
          `<script type="text/ecmascript">d</script><script type="text/plain">e</script><script TYPE="application/ld+json">{}</script>`,
      ),
    );
    expect(scripts.filter((script) => script.origin === "content").map((script) => script.text)).toEqual(["a", "b", "c", "d"]);
  });

  it("allows only the head's scripts on a page without </main>", () => {
    const scripts = inlineScripts(`<html><head><script>${THEME}</script></head><body><script>late()</script></body></html>`);
    expect(scripts).toEqual([
      { text: THEME, origin: "framework" },
      { text: "late()", origin: "content" },
    ]);
  });
});

describe("pagePolicy", () => {
  // Built in each test, not when the file is collected, so that mutation testing sees it run.
  const build = () => pagePolicy({ scriptHashes: ["'sha256-a'", "'sha256-a'", "'sha256-b'"], imageOrigins: ["https://img.example"] });

  it("allows scripts from the site and by hash, never inline or eval", () => {
    const policy = build();
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  });

  it("locks down everything else", () => {
    const policy = build();
    for (const expected of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "style-src 'self'",
      "frame-src 'none'",
      "font-src 'self'",
      "connect-src 'self'",
    ]) {
      expect(policy.split("; ")).toContain(expected);
    }
    expect(directive(policy, "img-src")).toBe("img-src 'self' https://img.example");
  });

  it("allows images from the site alone when the page shows none from elsewhere", () => {
    expect(directive(pagePolicy({ scriptHashes: [] }), "img-src")).toBe("img-src 'self'");
    expect(directive(pagePolicy({ scriptHashes: [] }), "script-src")).toBe("script-src 'self'");
  });

  it("lists image origins once each, sorted, whatever order the page shows them in", () => {
    const policy = pagePolicy({ scriptHashes: [], imageOrigins: ["https://b.example", "https://a.example", "https://b.example"] });
    expect(directive(policy, "img-src")).toBe("img-src 'self' https://a.example https://b.example");
  });
});

describe("applyPageCsp", () => {
  it("puts the policy right after the charset, before any script", () => {
    const { html } = applyPageCsp(page());
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf("<meta charSet"));
    expect(meta).toBeLessThan(html.indexOf("<script"));
  });

  it("hashes the framework's inline scripts and not the content's, nor data blocks", () => {
    const { html, blockedContentScripts } = applyPageCsp(page(`<script>window.__pwned=1</script>`));
    const scriptSrc = directive(policyOf(html)!, "script-src")!;
    expect(scriptSrc.split(" ").slice(2).sort()).toEqual([THEME, "(globalThis.TURBOPACK ||= []).push(1)", FLIGHT].map(sha256Source).sort());
    expect(scriptSrc).not.toContain(sha256Source("window.__pwned=1"));
    expect(blockedContentScripts).toBe(1);
  });

  it("allows the critical CSS in <head> by hash, and no style inside the content", () => {
    const critical = ".a{color:red}";
    const { policy } = applyPageCsp(page(`<style>body{display:none}</style>`).replace("</head>", `<style>${critical}</style></head>`));
    expect(directive(policy, "style-src")).toBe(`style-src 'self' ${sha256Source(critical)}`);
    expect(policy).not.toContain(sha256Source("body{display:none}"));
  });

  it("allows the origins of images the content shows", () => {
    const { policy } = applyPageCsp(page(`<img src="https://cdn.example/a.png?x=1&amp;y=2" alt="">`));
    expect(directive(policy, "img-src")).toBe("img-src 'self' https://cdn.example");
  });

  it("finds the <head> when it has attributes, and puts the policy right after it when no charset comes first", () => {
    const { html } = applyPageCsp(`<html><head class="x">\n<title>t</title><script>${THEME}</script></head><body></body></html>`);
    expect(html).toMatch(/^<html><head class="x"><meta http-equiv="Content-Security-Policy" content="[^"]*"\/>\n<title>/);
  });

  it("keeps a charset that follows <head> after whitespace first", () => {
    const { html } = applyPageCsp(`<html><head>\n  <meta charset="utf-8"><script>${THEME}</script></head><body></body></html>`);
    expect(html).toMatch(/^<html><head>\n {2}<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
  });

  it("allows image origins over http too, and finds src after other attributes", () => {
    const { policy } = applyPageCsp(page(`<img alt="a" src="http://old.example/a.png"><img loading="lazy" src="https://cdn.example/b.png">`));
    expect(directive(policy, "img-src")).toBe("img-src 'self' http://old.example https://cdn.example");
  });

  it("replaces an existing policy however its attributes are spaced", () => {
    const { html } = applyPageCsp(page().replace("</head>", `<meta   http-equiv="Content-Security-Policy" content="default-src *"></head>`));
    expect(html).not.toContain("default-src *");
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it("gives the same bytes when run again on its own output", () => {
    const once = applyPageCsp(page()).html;
    expect(applyPageCsp(once).html).toBe(once);
  });

  it("refuses a document without a <head>", () => {
    expect(() => applyPageCsp("<p>fragment</p>")).toThrow(/<head>/);
  });
});
