/**
 * The owner's writing as feeds a reader subscribes to: Atom (RFC 4287) at
 * /feed.xml and JSON Feed 1.1 at /feed.json, newest first, each entry with its
 * summary and its whole text (already sanitized HTML). No build time goes in:
 * a feed is updated when its newest article is, so rebuilds stay identical.
 */
import type { Article, Profile } from "./content";
import { fill, messages, siteLanguageTag } from "./i18n";
import { routes } from "./routes";
import { absoluteUrl } from "./site-config";

/** The feeds' own addresses and types, for the links in every page's head. */
export const FEEDS = [
  { route: routes.atomFeed, type: "application/atom+xml" },
  { route: routes.jsonFeed, type: "application/feed+json" },
] as const;

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A date as both feeds write it: a day at midnight UTC, the first of the month or year when only those are known. */
const timestamp = (date: Article["date"]) => `${date.year}-${String(date.month ?? 1).padStart(2, "0")}-${String(date.day ?? 1).padStart(2, "0")}T00:00:00Z`;

const newestFirst = (articles: readonly Article[]) => [...articles].sort((a, b) => timestamp(b.date).localeCompare(timestamp(a.date)));

export function feedTitle(profile: Profile): string {
  return fill(messages().writing.feedTitle, { name: profile.name ?? profile.headline });
}

export function atomFeed(profile: Profile, articles: readonly Article[]): string {
  const sorted = newestFirst(articles);
  const author = profile.name ?? profile.headline;
  const entries = sorted.map((article) => {
    const url = absoluteUrl(routes.article(article.slug));
    return [
      "  <entry>",
      `    <id>${xml(url)}</id>`,
      `    <title>${xml(article.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `    <published>${timestamp(article.date)}</published>`,
      `    <updated>${timestamp(article.date)}</updated>`,
      `    <summary>${xml(article.summary)}</summary>`,
      `    <content type="html">${xml(article.html)}</content>`,
      ...article.skills.map((skill) => `    <category term="${xml(skill.title)}"/>`),
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    // Links in the articles' text are site paths: xml:base resolves them against the site.
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${xml(absoluteUrl(routes.home))}">`,
    `  <id>${xml(absoluteUrl(routes.writing))}</id>`,
    `  <title>${xml(feedTitle(profile))}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(absoluteUrl(routes.atomFeed))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(absoluteUrl(routes.writing))}"/>`,
    `  <updated>${sorted[0] ? timestamp(sorted[0].date) : "1970-01-01T00:00:00Z"}</updated>`,
    `  <author><name>${xml(author)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

export function jsonFeed(profile: Profile, articles: readonly Article[]) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feedTitle(profile),
    home_page_url: absoluteUrl(routes.writing),
    feed_url: absoluteUrl(routes.jsonFeed),
    authors: [{ name: profile.name ?? profile.headline, url: absoluteUrl(routes.home) }],
    language: siteLanguageTag(),
    items: newestFirst(articles).map((article) => ({
      id: absoluteUrl(routes.article(article.slug)),
      url: absoluteUrl(routes.article(article.slug)),
      title: article.title,
      summary: article.summary,
      content_html: article.html,
      date_published: timestamp(article.date),
      ...(article.skills.length && { tags: article.skills.map((skill) => skill.title) }),
    })),
  };
}
