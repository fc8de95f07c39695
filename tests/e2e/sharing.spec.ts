/** What a shared link shows: titles, descriptions, preview images, canonical URLs, sitemap and structured data. */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { routes } from "@/lib/routes";
import { graphProblems } from "@/tests/schema-org/vocabulary";
import { canonical, jsonLd, metaTags, pngSize, title } from "./html";
import { contentPages, exportedFile, relative, served } from "./site-map";

/** What names the site in every preview, from the profile (see lib/page-metadata.ts). */
function siteIdentity() {
  const { profile } = contentPages().content;
  return { name: profile.name ?? profile.headline, locale: profile.locale ?? "en_US" };
}

/** The export's absolute URLs use the site's address and base path; the test server listens elsewhere (baseURL, base path included). */
function onTestServer(url: string, baseURL: string): string {
  const target = new URL(url);
  return new URL(`.${target.pathname.slice(served("").length)}${target.search}`, baseURL).href;
}

async function sitemapUrls(request: import("@playwright/test").APIRequestContext, baseURL: string): Promise<string[]> {
  const response = await request.get(new URL("sitemap.xml", baseURL).href);
  expect(response.status()).toBe(200);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
}

test("every URL in the sitemap resolves, and every page is in it", async ({ request, baseURL }) => {
  const urls = await sitemapUrls(request, baseURL!);
  const paths = new Set(urls.map((url) => new URL(url).pathname));
  const { records, listPages, tagPages } = contentPages();
  for (const path of [...records.map((record) => record.path), ...listPages, ...tagPages, routes.resume, routes.match]) {
    expect(paths, path).toContain(served(path));
  }
  for (const url of urls) {
    const response = await request.get(onTestServer(url, baseURL!), { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
  }
  const robots = await (await request.get(new URL("robots.txt", baseURL).href)).text();
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});

test("every page has its own title, description, canonical URL and card tags", async ({ request, baseURL }) => {
  const titles = new Map<string, string>();
  const problems: string[] = [];
  for (const url of await sitemapUrls(request, baseURL!)) {
    const html = await (await request.get(onTestServer(url, baseURL!))).text();
    const meta = metaTags(html);
    const pageTitle = title(html);
    if (!pageTitle) problems.push(`${url}: no <title>`);
    else if (titles.has(pageTitle)) problems.push(`${url}: title "${pageTitle}" also used by ${titles.get(pageTitle)}`);
    else titles.set(pageTitle, url);
    if (canonical(html) !== url) problems.push(`${url}: canonical is ${canonical(html)}`);
    if (meta.get("og:url") !== url) problems.push(`${url}: og:url is ${meta.get("og:url")}`);
    for (const key of ["description", "og:title", "og:description", "og:image", "twitter:card", "twitter:image", "twitter:image:alt"]) {
      if (!meta.get(key)) problems.push(`${url}: no ${key}`);
    }
    if (meta.get("twitter:card") !== "summary_large_image") problems.push(`${url}: twitter:card is ${meta.get("twitter:card")}`);
    problems.push(...siteTagProblems(url, meta));
  }
  expect(problems).toEqual([]);
});

/** Each page sets its own Open Graph tags, which must still name the site and its locale. */
function siteTagProblems(url: string, meta: Map<string, string>): string[] {
  const { name, locale } = siteIdentity();
  const problems: string[] = [];
  if (meta.get("og:site_name") !== name) problems.push(`${url}: og:site_name is ${meta.get("og:site_name")}`);
  if (meta.get("og:locale") !== locale) problems.push(`${url}: og:locale is ${meta.get("og:locale")}`);
  if (!/^[a-z]{2,3}_[A-Z]{2}$/.test(meta.get("og:locale") ?? "")) problems.push(`${url}: og:locale is not language_COUNTRY`);
  return problems;
}

test("not-found pages stay out of search results and claim no address", async ({ request, baseURL }) => {
  for (const url of [new URL(relative("/no-such-page/"), baseURL).href, new URL(relative("/404.html"), baseURL).href]) {
    const response = await request.get(url);
    const html = await response.text();
    const meta = metaTags(html);
    expect(meta.get("robots"), url).toMatch(/noindex/);
    expect(canonical(html), url).toBeUndefined();
    expect(meta.get("og:url"), url).toBeUndefined();
    expect(siteTagProblems(url, meta)).toEqual([]);
    expect(meta.get("twitter:image:alt"), url).toBeTruthy();
  }
});

test("every preview image is a 1200x630 PNG in the export", async ({ request, baseURL }) => {
  const images = new Set<string>();
  for (const url of await sitemapUrls(request, baseURL!)) {
    const html = await (await request.get(onTestServer(url, baseURL!))).text();
    images.add(metaTags(html).get("og:image")!);
  }
  const { records } = contentPages();
  expect(images.size).toBeGreaterThanOrEqual(records.length + 1);
  for (const image of images) {
    const file = exportedFile(new URL(image).pathname);
    expect(pngSize(readFileSync(file)), file).toEqual({ width: 1200, height: 630 });
    const response = await request.get(onTestServer(image, baseURL!));
    expect(response.headers()["content-type"], image).toBe("image/png");
  }
});

test("a skill page's preview names the skill and shows its level", async ({ request, baseURL }) => {
  const { content } = contentPages();
  const skill = content.skills.find((each) => each.featured) ?? content.skills[0]!;
  const html = await (await request.get(new URL(relative(`/skills/${skill.slug}/`), baseURL).href)).text();
  const meta = metaTags(html);
  expect(meta.get("og:title")).toBe(skill.title);
  expect(meta.get("og:description")).toBe(skill.summary);
  expect(new URL(meta.get("og:image")!).pathname).toBe(served(`/og/skill-${skill.slug}.png`));
});

type Node = Record<string, unknown> & { "@type"?: string };

/** The one JSON-LD graph of a page, checked against schema.org's vocabulary and for dangling references. */
async function pageGraph(request: import("@playwright/test").APIRequestContext, url: string): Promise<Node[]> {
  const documents = jsonLd(await (await request.get(url)).text());
  expect(documents, url).toHaveLength(1);
  expect(graphProblems(documents[0]), url).toEqual([]);
  return (documents[0] as { "@graph": Node[] })["@graph"];
}

test("every page has one self-contained schema.org graph, with the owner in it", async ({ request, baseURL }) => {
  const { profile } = contentPages().content;
  const urls = [...(await sitemapUrls(request, baseURL!)).map((url) => onTestServer(url, baseURL!)), new URL(relative("/no-such-page/"), baseURL).href];
  for (const url of urls) {
    const persons = (await pageGraph(request, url)).filter((node) => node["@type"] === "Person");
    expect(persons, url).toHaveLength(1);
    expect(persons[0], url).toMatchObject({ jobTitle: profile.headline, ...(profile.name ? { name: profile.name } : {}) });
    if (!profile.name) expect(persons[0], url).not.toHaveProperty("name");
  }
});

test("structured data describes each page's subject: the owner, a skill, a project, a result", async ({ request, baseURL }) => {
  const { content } = contentPages();
  const graph = (path: string) => pageGraph(request, new URL(relative(path), baseURL).href);
  const ofType = (nodes: Node[], type: string) => nodes.filter((node) => node["@type"] === type);

  const home = await graph("/");
  expect(ofType(home, "ProfilePage")).toHaveLength(1);
  const knowsAbout = (ofType(home, "Person")[0]!.knowsAbout ?? []) as string[];
  for (const skill of content.skills) expect(knowsAbout.includes(skill.title), skill.title).toBe(skill.proficiency !== "learning");

  for (const skill of content.skills.slice(0, 3)) {
    const nodes = await graph(`/skills/${skill.slug}/`);
    const [set] = ofType(nodes, "DefinedTermSet");
    expect(set).toMatchObject({ name: skill.category.title });
    expect(ofType(nodes, "DefinedTerm")[0]).toMatchObject({ name: skill.title, inDefinedTermSet: { "@id": set!["@id"] } });
  }
  for (const project of content.projects.slice(0, 3)) {
    expect(ofType(await graph(`/projects/${project.slug}/`), "CreativeWork")[0]).toMatchObject({ name: project.title, description: project.summary });
  }
  for (const achievement of content.achievements.slice(0, 3)) {
    expect(ofType(await graph(`/achievements/${achievement.slug}/`), "QuantitativeValue")[0]).toMatchObject({
      name: achievement.metric,
      value: achievement.figure,
    });
  }
});

test("the copy-link button works by keyboard and says that it copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { content } = contentPages();
  const skill = content.skills[0]!;
  await page.goto(relative(`/skills/${skill.slug}/#evidence`));
  const button = page.getByRole("button", { name: "Copy link" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(served(`/skills/${skill.slug}/`));
  expect(copied).not.toContain("#");
});
