/**
 * The export under test, read from disk: what crawlers, link checkers and
 * preview scrapers see, for whatever content it was built from. Each check is
 * a function of the export (tests/export/checks/) with a self-test that plants
 * a defect (tests/unit/export-checks/); here each runs over every page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shareCards } from "@/components/share-cards";
import { FONT_NAMES, SITE_FONTS } from "@/lib/look/fonts";
import { routes } from "@/lib/routes";
import { PLACEHOLDER_SLUG } from "@/lib/static-params";
import { e2eSite } from "@/tests/site/site";
import { contentPages, served } from "@/tests/site/site-map";
import { cspPolicyProblems } from "./checks/csp-policy";
import { firstPaintProblems } from "./checks/first-paint";
import { crawlExport } from "./checks/links";
import { metadataProblems, notFoundProblems } from "./checks/metadata";
import { previewLayout, previewLayoutProblems } from "./checks/preview-layout";
import { previewImages } from "./checks/previews";
import { recordPageProblems } from "./checks/record-pages";
import { sitemapProblems, sitemapUrls } from "./checks/sitemap";
import { type GraphNode, pageGraph, structuredDataProblems } from "./checks/structured-data";
import { readExport } from "./exported-site";
import { attribute, metaTags, selectAll } from "./html";

const { out, basePath } = e2eSite();
const site = readExport(out, basePath);
const { content, records, listPages, tagPages } = contentPages();
const urls = sitemapUrls(site);
const origin = urls[0] ? new URL(urls[0]).origin : undefined;
const identity = { name: content.profile.name ?? content.profile.headline, locale: content.profile.locale ?? "en_US" };
const notFound = site.pageAt(served("/404.html"))!;

describe(`the export in ${out}`, () => {
  it("ships the owner's font, and no other", () => {
    const media = path.join(out, "_next/static/media");
    const shipped = existsSync(media) ? readdirSync(media).filter((file) => /\.(woff2?|ttf|otf)$/.test(file)) : [];
    // Next keeps a file's name before its hash: geist-latin-wght-normal.<hash>.woff2.
    const fontOf = (file: string) =>
      FONT_NAMES.find((name) => readdirSync(path.join("node_modules", SITE_FONTS[name].web, "files")).includes(file.replace(/\.[^.]+\.woff2$/, ".woff2")));
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.filter((file) => fontOf(file) !== content.profile.look.font)).toEqual([]);
  });

  it("lists every page in the sitemap, and only pages", () => {
    const expected = [...records.map((record) => record.path), ...listPages, ...tagPages, routes.resume, routes.match].map(served);
    expect(sitemapProblems(site, expected)).toEqual([]);
  });

  it("has no broken internal link or asset, and every record and tag page is reachable from home", () => {
    const { pages, broken } = crawlExport(site, origin);
    expect(broken).toEqual([]);
    const unreached = [...records.map((record) => record.path), ...tagPages].map(served).filter((path) => !pages.has(path));
    expect(unreached).toEqual([]);
  });

  it("gives every content file its page, headed by its title", () => {
    const expected = records.map((record) => ({ url: served(record.path), title: record.title, source: record.source }));
    expect(recordPageProblems(site, expected)).toEqual([]);
  });

  it("gives every page its own title, description, canonical URL and card tags", () => {
    expect(metadataProblems(site, urls, identity)).toEqual([]);
    expect(notFoundProblems(site, identity)).toEqual([]);
  });

  it("gives every page a 1200x630 PNG preview, one per record at least", () => {
    const { images, problems } = previewImages(site, urls);
    expect(problems).toEqual([]);
    expect(images.size).toBeGreaterThanOrEqual(records.length + 1);
  });

  it("lays every preview image out inside its card: no text over another or off the edge, words evenly spaced", async () => {
    const problems: string[] = [];
    for (const [image, card] of shareCards(content))
      problems.push(...previewLayoutProblems(await previewLayout(card)).map((problem) => `${image}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it("offers the writing as Atom and JSON feeds linked from every page's head, and no feed at all without articles", () => {
    const feedLinks = (url: string) =>
      selectAll('link[rel="alternate"]', site.pageAt(new URL(url).pathname)!.tree).map((link) => `${attribute(link, "type")} ${attribute(link, "href")}`);
    const atom = site.fileAt(served(routes.atomFeed));
    const json = site.fileAt(served(routes.jsonFeed));
    if (content.articles.length === 0) {
      expect([atom, json]).toEqual([undefined, undefined]);
      for (const url of urls) expect(feedLinks(url), url).toEqual([]);
      return;
    }
    for (const url of urls)
      expect(feedLinks(url), url).toEqual([`application/atom+xml ${served(routes.atomFeed)}`, `application/feed+json ${served(routes.jsonFeed)}`]);
    const items = JSON.parse(site.read(json!)!.toString("utf8")).items as { url: string }[];
    expect(items.map((item) => new URL(item.url).pathname).sort()).toEqual(content.articles.map((article) => served(routes.article(article.slug))).sort());
    expect(
      site
        .read(atom!)!
        .toString("utf8")
        .match(/<entry>/g),
    ).toHaveLength(content.articles.length);
  });

  it("shares a skill page with the skill's own name, summary and image", () => {
    const skill = content.skills.find((each) => each.featured) ?? content.skills[0]!;
    const meta = metaTags(site.pageAt(served(routes.skill(skill.slug)))!.tree);
    expect(meta.get("og:title")).toBe(skill.title);
    expect(meta.get("og:description")).toBe(skill.summary);
    expect(new URL(meta.get("og:image")!).pathname).toBe(served(`/og/skill-${skill.slug}.png`));
  });

  it("gives every page one valid schema.org graph with the owner in it", () => {
    const pages = [...urls.map((url) => site.pageAt(new URL(url).pathname)!), notFound];
    expect(structuredDataProblems(pages, content.profile)).toEqual([]);
  });

  it("describes each page's subject in structured data: the owner, a skill, a project, a result", () => {
    const graph = (route: string) => pageGraph(site.pageAt(served(route))!).nodes;
    const ofType = (nodes: GraphNode[], type: string) => nodes.filter((node) => node["@type"] === type);
    const home = graph(routes.home);
    expect(ofType(home, "ProfilePage")).toHaveLength(1);
    const knowsAbout = (ofType(home, "Person")[0]!.knowsAbout ?? []) as string[];
    for (const skill of content.skills) expect(knowsAbout.includes(skill.title), skill.title).toBe(skill.proficiency !== "learning");
    for (const skill of content.skills.slice(0, 3)) {
      const nodes = graph(routes.skill(skill.slug));
      const [set] = ofType(nodes, "DefinedTermSet");
      expect(set).toMatchObject({ name: skill.category.title });
      expect(ofType(nodes, "DefinedTerm")[0]).toMatchObject({ name: skill.title, inDefinedTermSet: { "@id": set!["@id"] } });
    }
    for (const project of content.projects.slice(0, 3)) {
      expect(ofType(graph(routes.project(project.slug)), "CreativeWork")[0]).toMatchObject({ name: project.title, description: project.summary });
    }
    for (const achievement of content.achievements.slice(0, 3)) {
      expect(ofType(graph(routes.achievement(achievement.slug)), "QuantitativeValue")[0]).toMatchObject({
        name: achievement.metric,
        value: achievement.figure,
      });
    }
  });

  it("gives every page a strict policy before its first script, allowing each inline script and style by hash", () => {
    expect(cspPolicyProblems(site.pages())).toEqual([]);
  });

  it("lets every page paint from its HTML alone: critical CSS inline, nothing blocking, only the fonts it shows preloaded", () => {
    expect(firstPaintProblems(site)).toEqual([]);
  });

  it("publishes no placeholder that a route without records needed to build", () => {
    expect(site.files.filter((file) => file.split("/").some((part) => part.replace(/\.[^.]+$/, "") === PLACEHOLDER_SLUG))).toEqual([]);
  });

  it("publishes the header set for static hosts", () => {
    expect(site.read("_headers")?.toString("utf8")).toBe(readFileSync("public/_headers", "utf8"));
  });
});
