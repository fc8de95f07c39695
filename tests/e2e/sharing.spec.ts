/** What a shared link shows: titles, descriptions, preview images, canonical URLs, sitemap and structured data. */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { canonical, jsonLd, metaTags, pngSize, title } from "./html";
import { contentPages, exportedFile, relative, served } from "./site-map";

/** The export's absolute URLs use SITE_URL; the test server listens elsewhere. */
function onTestServer(url: string, baseURL: string): string {
  const target = new URL(url);
  return new URL(`.${target.pathname}${target.search}`, baseURL).href;
}

async function sitemapUrls(request: import("@playwright/test").APIRequestContext, baseURL: string): Promise<string[]> {
  const response = await request.get(new URL("sitemap.xml", baseURL).href);
  expect(response.status()).toBe(200);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
}

test("every URL in the sitemap resolves, and every record page is in it", async ({ request, baseURL }) => {
  const urls = await sitemapUrls(request, baseURL!);
  const paths = new Set(urls.map((url) => new URL(url).pathname));
  for (const record of contentPages().records) expect(paths, record.path).toContain(record.path);
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
    for (const key of ["description", "og:title", "og:description", "og:image", "twitter:card", "twitter:image"]) {
      if (!meta.get(key)) problems.push(`${url}: no ${key}`);
    }
    if (meta.get("twitter:card") !== "summary_large_image") problems.push(`${url}: twitter:card is ${meta.get("twitter:card")}`);
  }
  expect(problems).toEqual([]);
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

test("structured data parses: a Person on home, the skill and project on theirs", async ({ request, baseURL }) => {
  const { content } = contentPages();
  const get = async (path: string) => jsonLd(await (await request.get(new URL(relative(path), baseURL).href)).text());

  const [person] = (await get("/")) as { "@type": string; knowsAbout: string[]; jobTitle: string }[];
  expect(person?.["@type"]).toBe("Person");
  expect(person?.jobTitle).toBe(content.profile.headline);
  for (const skill of content.skills.filter((each) => each.featured)) expect(person?.knowsAbout).toContain(skill.title);
  for (const skill of content.skills.filter((each) => each.proficiency === "learning")) expect(person?.knowsAbout).not.toContain(skill.title);

  const skill = content.skills[0]!;
  const [skillData] = (await get(`/skills/${skill.slug}/`)) as { name: string; about: { name: string } }[];
  expect(skillData?.about.name).toBe(skill.title);

  for (const project of content.projects.slice(0, 1)) {
    const [projectData] = (await get(`/projects/${project.slug}/`)) as { "@type": string; name: string }[];
    expect(projectData).toMatchObject({ "@type": "CreativeWork", name: project.title });
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
