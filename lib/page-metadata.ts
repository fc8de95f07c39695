/**
 * Title, description, canonical URL and the Open Graph and Twitter card tags
 * for one page.
 *
 * Next replaces the root layout's `openGraph` and `twitter` objects with a
 * page's own rather than merging them, so everything a link preview needs on
 * every page (site name, locale, image with its alt text) is set here, for
 * each page, and the layout sets no page-specific URL at all.
 */
import type { Metadata } from "next";
import { getProfile } from "./content";
import { messages, siteLanguageTag, siteLocale } from "./i18n";
import type { PageKind } from "./routes";
import { routes, shareImageRoute } from "./routes";

/** A page as crawlers and previews see it; the same description feeds its metadata and its JSON-LD. */
export interface PageDescription {
  title: string;
  description: string;
  /** The page's route, e.g. `/skills/redis/`; made absolute against the site address and BASE_PATH. */
  route: string;
}

interface PageMetadataInput extends PageDescription {
  /** The record whose preview image to show; the home image when absent. */
  record?: { kind: PageKind; slug: string };
  type?: "website" | "article" | "profile";
  /** A preview image of the page's own, when it is not a record's or the home one: `/og/skills.png`. */
  image?: string;
}

/** What names the site in previews: the owner's name, or the headline when the profile has none. */
/**
 * Who the site is by, and the language its text is in: `locale` as Open Graph
 * writes it ("en_US"), `language` as HTML and schema.org do ("en-US").
 */
export function siteIdentity(): { name: string; locale: string; language: string } {
  const profile = getProfile();
  return { name: profile.name ?? profile.headline, locale: siteLocale(), language: siteLanguageTag() };
}

/** The card tags every page carries, the 404 page included; a page with an address adds its URL. */
function card({ title, description, record, type = "website", image: imageRoute }: Omit<PageMetadataInput, "route">) {
  const { name, locale } = siteIdentity();
  const image = { url: imageRoute ?? shareImageRoute(record), width: 1200, height: 630, alt: title, type: "image/png" };
  return {
    openGraph: { title, description, type, siteName: name, locale, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
  } satisfies Metadata;
}

export function pageMetadata({ route, ...input }: PageMetadataInput): Metadata {
  const { openGraph, twitter } = card(input);
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: route },
    openGraph: { ...openGraph, url: route },
    twitter,
  };
}

export function homePage(): PageDescription {
  return { title: siteIdentity().name, description: getProfile().summary, route: routes.home };
}

/** The home page: titled with the site's name alone, not "name · name". */
export function homeMetadata(): Metadata {
  const page = homePage();
  return { ...pageMetadata({ ...page, type: "profile" }), title: { absolute: page.title } };
}

/**
 * Not-found pages (404.html and any unknown route): no canonical or og:url, which would
 * claim the address of a page that exists. (Next marks them noindex itself.)
 */
export function notFoundMetadata(): Metadata {
  const { metaTitle: title, metaDescription: description } = messages().notFound;
  return { title, ...card({ title, description }) };
}
