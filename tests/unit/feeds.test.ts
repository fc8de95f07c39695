/** The writing feeds a reader subscribes to: Atom and JSON Feed, newest first, parsed as a feed reader parses them. */
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { atomFeed, jsonFeed } from "@/lib/feeds";
import { readingMinutes } from "@/lib/reading-time";

const { content } = loadContent("tests/fixtures/edge/maximal");

describe("the writing feeds", () => {
  it("lists every article in Atom, newest first, with its address, date, summary and whole text, and the feed's own address", () => {
    const xml = atomFeed(content.profile, content.articles);
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => entry!);
    expect(entries).toHaveLength(content.articles.length);
    const published = entries.map((entry) => /<published>(.*?)<\/published>/.exec(entry)![1]!);
    expect(published).toEqual([...published].sort().reverse());
    expect(xml).toMatch(/<link rel="self" type="application\/atom\+xml" href="http[^"]*\/feed\.xml"\/>/);
    // Markup in a title is text, escaped once; the article's HTML is escaped into the content element.
    expect(xml).toContain("The outbox pattern, &amp; why &lt;Kafka&gt; alone was not enough");
    expect(xml).toMatch(/<content type="html">&lt;h2/);
  });

  it("lists every article in JSON Feed 1.1 with the same addresses as the Atom feed", () => {
    const feed = jsonFeed(content.profile, content.articles);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items.map((item) => item.id)).toEqual(
      [...atomFeed(content.profile, content.articles).matchAll(/<id>(.*?)<\/id>/g)].slice(1).map(([, id]) => id),
    );
    for (const item of feed.items) expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it("gives a feed with no articles no entries and a fixed date, so an empty site builds the same every time", () => {
    expect(atomFeed(content.profile, [])).toContain("<updated>1970-01-01T00:00:00Z</updated>");
    expect(jsonFeed(content.profile, []).items).toEqual([]);
  });
});

describe("reading time", () => {
  it("counts words, and characters in scripts written without spaces, at least a minute", () => {
    expect(readingMinutes("<p>Short.</p>")).toBe(1);
    expect(readingMinutes(`<p>${"word ".repeat(230 * 6)}</p>`)).toBe(6);
    expect(readingMinutes(`<p>${"語".repeat(500 * 3)}</p>`)).toBe(3);
  });
});
