/** What a shared link shows: every page's own title, description, canonical URL and card tags, naming the site. */

import type { Root } from "hast";
import type { ExportedSite } from "@/tests/export/exported-site";
import { canonical, language, metaTags, title } from "@/tests/export/html";

export interface SiteIdentity {
  /** og:site_name: the owner's name, else the headline. */
  name: string;
  /** og:locale, language_COUNTRY. */
  locale: string;
}

const CARD_TAGS = ["description", "og:title", "og:description", "og:image", "twitter:card", "twitter:image", "twitter:image:alt"];

/** Each page sets its own Open Graph tags, which must still name the site and its locale. */
function siteTagProblems(where: string, meta: Map<string, string>, identity: SiteIdentity): string[] {
  const problems: string[] = [];
  if (meta.get("og:site_name") !== identity.name) problems.push(`${where}: og:site_name is ${meta.get("og:site_name")}`);
  if (meta.get("og:locale") !== identity.locale) problems.push(`${where}: og:locale is ${meta.get("og:locale")}`);
  if (!/^[a-z]{2,3}_[A-Z]{2}$/.test(meta.get("og:locale") ?? "")) problems.push(`${where}: og:locale is not language_COUNTRY`);
  return problems;
}

/** The page's text is in the profile's language: `<html lang>` is its locale as a language tag ("en_GB" → "en-GB"). */
function languageProblems(where: string, tree: Root, identity: SiteIdentity): string[] {
  const lang = language(tree);
  return lang === identity.locale.replace("_", "-") ? [] : [`${where}: html lang is ${lang}`];
}

/** `urls`: the absolute URLs of the pages to check (the sitemap's). */
export function metadataProblems(site: ExportedSite, urls: readonly string[], identity: SiteIdentity): string[] {
  const titles = new Map<string, string>();
  const problems: string[] = [];
  for (const url of urls) {
    const page = site.pageAt(new URL(url).pathname);
    if (!page) {
      problems.push(`${url}: no page`);
      continue;
    }
    const meta = metaTags(page.tree);
    const pageTitle = title(page.tree);
    if (!pageTitle) problems.push(`${url}: no <title>`);
    else if (titles.has(pageTitle)) problems.push(`${url}: title "${pageTitle}" also used by ${titles.get(pageTitle)}`);
    else titles.set(pageTitle, url);
    if (canonical(page.tree) !== url) problems.push(`${url}: canonical is ${canonical(page.tree)}`);
    if (meta.get("og:url") !== url) problems.push(`${url}: og:url is ${meta.get("og:url")}`);
    for (const key of CARD_TAGS) if (!meta.get(key)?.trim()) problems.push(`${url}: no ${key}`);
    if (meta.get("twitter:card") !== "summary_large_image") problems.push(`${url}: twitter:card is ${meta.get("twitter:card")}`);
    problems.push(...siteTagProblems(url, meta, identity), ...languageProblems(url, page.tree, identity));
  }
  return problems;
}

/** Not-found pages stay out of search results and claim no address, yet still name the site. */
export function notFoundProblems(site: ExportedSite, identity: SiteIdentity): string[] {
  const problems: string[] = [];
  for (const file of ["404.html", "404/index.html"].filter((each) => site.files.includes(each))) {
    const page = site.pageAt(`${site.basePath}/${file.replace(/index\.html$/, "")}`)!;
    const meta = metaTags(page.tree);
    if (!/noindex/.test(meta.get("robots") ?? "")) problems.push(`${file}: not marked noindex`);
    if (canonical(page.tree) !== undefined) problems.push(`${file}: claims the canonical URL ${canonical(page.tree)}`);
    if (meta.has("og:url")) problems.push(`${file}: claims og:url ${meta.get("og:url")}`);
    if (!meta.get("twitter:image:alt")) problems.push(`${file}: no twitter:image:alt`);
    problems.push(...siteTagProblems(file, meta, identity));
  }
  if (!site.files.includes("404.html")) problems.push("the export has no 404.html for hosts to answer unknown addresses with");
  return problems;
}
