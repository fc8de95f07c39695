/**
 * Self-tests of the whole-site checks that read an export from disk: each
 * passes the planted export as it is, and reports the one defect planted in it.
 * A check that cannot fail would pass every site; these prove each one can.
 */
import { describe, expect, it } from "vitest";
import { cspPolicyProblems } from "@/tests/export/checks/csp-policy";
import { firstPaintProblems } from "@/tests/export/checks/first-paint";
import { crawlExport } from "@/tests/export/checks/links";
import { metadataProblems, notFoundProblems } from "@/tests/export/checks/metadata";
import { previewImages } from "@/tests/export/checks/previews";
import { recordPageProblems } from "@/tests/export/checks/record-pages";
import { sitemapProblems, sitemapUrls } from "@/tests/export/checks/sitemap";
import { structuredDataProblems } from "@/tests/export/checks/structured-data";
import { exportFromFiles } from "@/tests/export/exported-site";
import { FIRST_PAINT_HEAD, HOME, IDENTITY, NOT_FOUND, ORIGIN, OWNER, plantedExport, plantedPage, pngHeader, SKILL, STYLESHEET_LINK } from "./planted-export";

const site = (changes: Record<string, string | Buffer | undefined> = {}, basePath = "") => exportFromFiles(plantedExport(changes), basePath);
const skillPage = (change: Partial<typeof SKILL>) => ({ "skills/go/index.html": plantedPage({ ...SKILL, ...change }) });
const URLS = [`${ORIGIN}/`, `${ORIGIN}/skills/go/`];

describe("the sitemap check", () => {
  const expected = ["/", "/skills/go/"];
  it("passes a sitemap that lists every page", () => {
    expect(sitemapUrls(site())).toEqual(URLS);
    expect(sitemapProblems(site(), expected)).toEqual([]);
  });
  it("reports a listed URL with no page, and a page left out", () => {
    const sitemap = `<urlset><url><loc>${ORIGIN}/</loc></url><url><loc>${ORIGIN}/skills/gone/</loc></url></urlset>`;
    expect(sitemapProblems(site({ "sitemap.xml": sitemap }), expected)).toEqual([
      `sitemap lists ${ORIGIN}/skills/gone/, which is no page of the export`,
      "sitemap does not list /skills/go/",
    ]);
  });
  it("reports a missing sitemap and a robots.txt that does not name it", () => {
    expect(sitemapProblems(site({ "sitemap.xml": undefined }), expected)).toEqual(["sitemap.xml is missing or lists no URL"]);
    expect(sitemapProblems(site({ "robots.txt": "User-Agent: *\n" }), expected)).toEqual(["robots.txt does not point at sitemap.xml"]);
  });
});

describe("the link check", () => {
  it("reaches every page and asset of the planted export, with nothing broken", () => {
    const { pages, broken } = crawlExport(site(), ORIGIN);
    expect(broken).toEqual([]);
    expect([...pages].sort()).toEqual(["/", "/skills/go/"]);
  });
  it("reports a missing page, a missing image, a link that needs a redirect and one outside the base path", () => {
    const main = '<a href="/skills/rust/">Rust</a><img src="/images/missing.png" alt="x"><a href="/portfolio/skills/go">Go</a><a href="/elsewhere/">x</a>';
    const files = plantedExport({ "skills/go/index.html": plantedPage({ ...SKILL, main }) });
    const prefixed = Object.fromEntries(
      Object.entries(files).map(([file, text]) => [
        file,
        typeof text === "string" ? text.replace(/(href|src)="\/(?!portfolio|elsewhere)/g, '$1="/portfolio/') : text,
      ]),
    );
    const { broken } = crawlExport(exportFromFiles(prefixed, "/portfolio"));
    expect(broken).toEqual([
      "outside /portfolio: /elsewhere/ (linked from /portfolio/skills/go/)",
      "404 /portfolio/skills/rust/ (linked from /portfolio/skills/go/)",
      "404 /portfolio/images/missing.png (linked from /portfolio/skills/go/)",
      "404 /portfolio/skills/go (linked from /portfolio/skills/go/)",
    ]);
  });
  it("follows responsive image sources and the site's own absolute URLs", () => {
    const main = `<picture><source srcset="/images/go-400.avif 400w, /images/go-800.avif 800w"><img src="/images/go.webp" alt="x"></picture><a href="${ORIGIN}/skills/nope/">x</a>`;
    const { broken } = crawlExport(site(skillPage({ main })), ORIGIN);
    expect(broken).toEqual([
      "404 /images/go-400.avif (linked from /skills/go/)",
      "404 /images/go-800.avif (linked from /skills/go/)",
      "404 /skills/nope/ (linked from /skills/go/)",
    ]);
  });
});

describe("the record page check", () => {
  const expected = [{ url: "/skills/go/", title: "Go", source: "content/skills/go.md" }];
  it("passes a page headed by its title", () => expect(recordPageProblems(site(), expected)).toEqual([]));
  it("reports a missing page and a wrong heading", () => {
    expect(recordPageProblems(site({ "skills/go/index.html": undefined }), expected)).toEqual(["content/skills/go.md: no page at /skills/go/"]);
    expect(recordPageProblems(site(skillPage({ h1: "Golang" })), expected)).toEqual(['content/skills/go.md: /skills/go/ is headed "Golang", expected "Go"']);
  });
});

describe("the preview metadata check", () => {
  it("passes pages with their own tags", () => {
    expect(metadataProblems(site(), URLS, IDENTITY)).toEqual([]);
    expect(notFoundProblems(site(), IDENTITY)).toEqual([]);
  });
  it("reports a missing tag, a wrong canonical URL and a title used twice", () => {
    expect(metadataProblems(site(skillPage({ without: ["og:description"] })), URLS, IDENTITY)).toEqual([`${ORIGIN}/skills/go/: no og:description`]);
    expect(metadataProblems(site(skillPage({ title: HOME.title })), URLS, IDENTITY)).toEqual([
      `${ORIGIN}/skills/go/: title "${HOME.title}" also used by ${ORIGIN}/`,
    ]);
    const moved = site({ "skills/go/index.html": plantedPage(SKILL).replace(`href="${ORIGIN}/skills/go/"`, `href="${ORIGIN}/"`) });
    expect(metadataProblems(moved, URLS, IDENTITY)).toEqual([`${ORIGIN}/skills/go/: canonical is ${ORIGIN}/`]);
  });

  it("reports a page whose html lang is not the profile's language", () => {
    const planted = site({ "index.html": plantedPage({ ...HOME, lang: "en" }) });
    expect(metadataProblems(planted, URLS, IDENTITY)).toEqual([`${ORIGIN}/: html lang is en`]);
  });

  it("reports a page that names another site or locale", () => {
    expect(metadataProblems(site(), URLS, { ...IDENTITY, locale: "de_DE" })).toContain(`${ORIGIN}/: og:locale is en_GB`);
  });
  it("reports a 404 page that claims an address or may be indexed", () => {
    const claiming = site({ "404.html": plantedPage({ ...NOT_FOUND, noindex: false }) });
    expect(notFoundProblems(claiming, IDENTITY)).toEqual([
      "404.html: not marked noindex",
      `404.html: claims the canonical URL ${ORIGIN}/404.html`,
      `404.html: claims og:url ${ORIGIN}/404.html`,
    ]);
  });
});

describe("the preview image check", () => {
  it("passes 1200x630 PNGs, one per page", () =>
    expect(previewImages(site(), URLS)).toEqual({ images: new Set([`${ORIGIN}/og/home.png`, `${ORIGIN}/og/skills-go.png`]), problems: [] }));
  it("reports a missing, a mis-sized and a non-PNG image", () => {
    expect(previewImages(site({ "og/skills-go.png": undefined }), URLS).problems).toEqual([
      `${ORIGIN}/skills/go/: og:image ${ORIGIN}/og/skills-go.png is not in the export`,
    ]);
    expect(previewImages(site({ "og/skills-go.png": pngHeader(1200, 600) }), URLS).problems).toEqual([
      `${ORIGIN}/skills/go/: og:image ${ORIGIN}/og/skills-go.png is 1200x600`,
    ]);
    expect(previewImages(site({ "og/skills-go.png": "GIF89a" }), URLS).problems).toEqual([
      `${ORIGIN}/skills/go/: og:image ${ORIGIN}/og/skills-go.png is not a PNG`,
    ]);
  });
});

describe("the structured data check", () => {
  const pages = (changes: Record<string, string | Buffer | undefined> = {}) => site(changes).pages();
  it("passes one valid graph with the owner in it", () => expect(structuredDataProblems(pages(), OWNER)).toEqual([]));
  it("reports a dangling reference, a type schema.org does not have, and the owner missing", () => {
    const graph = (nodes: unknown[]) => skillPage({ graph: { "@context": "https://schema.org", "@graph": nodes } });
    const person = { "@type": "Person", "@id": `${ORIGIN}/#owner`, name: OWNER.name, jobTitle: OWNER.headline };
    const [dangling] = structuredDataProblems(pages(graph([person, { "@type": "WebPage", about: { "@id": `${ORIGIN}/#nobody` } }])), OWNER);
    expect(dangling).toMatch(/^\/skills\/go\/: .*#nobody, which is not in the graph$/);
    const [unknown] = structuredDataProblems(pages(graph([person, { "@type": "Skillset" }])), OWNER);
    expect(unknown).toMatch(/^\/skills\/go\/: .*Skillset/);
    expect(structuredDataProblems(pages(graph([])), OWNER)).toEqual(["/skills/go/: 0 Person nodes, expected the owner once"]);
    expect(structuredDataProblems(pages(graph([{ ...person, name: "Somebody Else" }])), OWNER)).toEqual([
      '/skills/go/: the owner\'s name is "Somebody Else", expected "Ada Example"',
    ]);
  });
});

describe("the static policy check", () => {
  const pages = (change: Partial<typeof SKILL>) => site(skillPage(change)).pages();
  it("passes pages whose policy allows each inline script by hash", () => expect(cspPolicyProblems(site().pages())).toEqual([]));
  it("reports an inline script the policy does not allow", () => {
    const [problem] = cspPolicyProblems(pages({ main: "<script>alert(1)</script>" }));
    expect(problem).toMatch(/^\/skills\/go\/: an inline script's hash 'sha256-.+' is not in the policy$/);
  });
  it("reports an inline style the policy does not allow", () => {
    const styled = site({ "skills/go/index.html": plantedPage(SKILL).replace("</title>", "</title><style>main{display:none}</style>") });
    expect(cspPolicyProblems(styled.pages())).toEqual([expect.stringMatching(/^\/skills\/go\/: an inline style's hash 'sha256-.+' is not in the policy$/)]);
  });
  it("reports an unsafe or missing policy", () => {
    const unsafe = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    expect(cspPolicyProblems(pages({ policy: unsafe }))).toContain("/skills/go/: the policy allows something unsafe");
    const none = site({ "skills/go/index.html": plantedPage(SKILL).replace(/<meta http-equiv[^>]+>/, "") }).pages();
    expect(cspPolicyProblems(none)).toEqual(["/skills/go/: no Content-Security-Policy meta"]);
  });
});

describe("the first paint check", () => {
  const withHead = (head: string) => site({ "skills/go/index.html": plantedPage(SKILL).replace(FIRST_PAINT_HEAD, head) });
  it("passes pages that need only their HTML to paint", () => expect(firstPaintProblems(site())).toEqual([]));
  it("reports a stylesheet that blocks the first paint, and a page without its critical CSS", () => {
    const blocking = withHead(STYLESHEET_LINK);
    expect(firstPaintProblems(blocking)).toEqual([
      "/skills/go/: the stylesheet /_next/static/css/site.css blocks the first paint",
      "/skills/go/: no critical CSS inline, so the first paint is unstyled",
    ]);
  });
  it("reports a stylesheet in <body> with content after it that the parser does not wait for", () => {
    const moved = (link: string) => site({ "skills/go/index.html": plantedPage(SKILL).replace(STYLESHEET_LINK, "").replace("<main>", `${link}<main>`) });
    expect(firstPaintProblems(moved(STYLESHEET_LINK))).toEqual([
      "/skills/go/: the content after the stylesheet /_next/static/css/site.css is drawn unstyled until it arrives (no script after its link stops the parser)",
    ]);
    expect(firstPaintProblems(moved(`${STYLESHEET_LINK}<script> </script>`))).toEqual([]);
    // A script of no text is never run, and a data block is not a script: neither stops the parser.
    expect(firstPaintProblems(moved(`${STYLESHEET_LINK}<script></script>`))).toHaveLength(1);
    expect(firstPaintProblems(moved(`${STYLESHEET_LINK}<script type="application/ld+json">{}</script>`))).toHaveLength(1);
  });
  it("reports a script in <head> that stops the parser", () => {
    const parserBlocking = withHead(`${FIRST_PAINT_HEAD}<script src="/_next/static/chunks/main.js"></script>`);
    expect(firstPaintProblems(parserBlocking)).toEqual(["/skills/go/: the script /_next/static/chunks/main.js stops the parser"]);
  });
  it("reports a font preloaded on every line, which holds the first paint", () => {
    const link = '<link rel="preload" as="font" crossorigin="anonymous" href="/_next/static/media/latin.woff2">';
    expect(firstPaintProblems(withHead(`${FIRST_PAINT_HEAD}${link}`))).toEqual([
      "/skills/go/: preloads /_next/static/media/latin.woff2 on every line, which holds the first paint",
    ]);
  });
  it("reports a preloaded font file whose characters the page does not show, or that no stylesheet declares", () => {
    const cyrillic = withHead(FIRST_PAINT_HEAD.replace("latin.woff2", "cyrillic.woff2"));
    expect(firstPaintProblems(cyrillic)).toEqual(["/skills/go/: preloads /_next/static/media/cyrillic.woff2, but shows none of its characters"]);
    const russian = site({
      "skills/go/index.html": plantedPage({ ...SKILL, h1: "Го" }).replace(FIRST_PAINT_HEAD, FIRST_PAINT_HEAD.replace("latin.woff2", "cyrillic.woff2")),
    });
    expect(firstPaintProblems(russian)).toEqual([]);
    const unknown = withHead(FIRST_PAINT_HEAD.replace("latin.woff2", "other.woff2"));
    expect(firstPaintProblems(unknown)).toEqual(["/skills/go/: preloads /_next/static/media/other.woff2, which no stylesheet declares"]);
  });
});

describe("paths in scripts other than Latin", () => {
  it("are the same page whether a link writes them encoded or not", () => {
    const tag = "/tags/日本語/";
    const files = plantedExport({
      "index.html": plantedPage({ ...HOME, main: `<a href="${encodeURI(tag)}">日本語</a>` }),
      "tags/日本語/index.html": plantedPage({ path: tag, title: "日本語", h1: "日本語" }),
      "og/tags-日本語.png": pngHeader(1200, 630),
    });
    const { pages, broken } = crawlExport(exportFromFiles(files), ORIGIN);
    expect(broken).toEqual([]);
    expect(pages.has(tag)).toBe(true);
    const sitemap = `<urlset><url><loc>${ORIGIN}/</loc></url><url><loc>${ORIGIN}/skills/go/</loc></url><url><loc>${ORIGIN}${encodeURI(tag)}</loc></url></urlset>`;
    expect(sitemapProblems(exportFromFiles({ ...files, "sitemap.xml": sitemap }), ["/", "/skills/go/", tag])).toEqual([]);
  });
});
