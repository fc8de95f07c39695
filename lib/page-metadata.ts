/** Title, description, canonical URL and the Open Graph and Twitter card tags for one page. */
import type { Metadata } from "next";
import type { PageKind } from "./routes";
import { shareImageRoute } from "./routes";

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's route, e.g. `/skills/redis/`; made absolute against SITE_URL and BASE_PATH. */
  route: string;
  /** The record whose preview image to show; the home image when absent. */
  record?: { kind: PageKind; slug: string };
  type?: "website" | "article" | "profile";
}

export function pageMetadata({ title, description, route, record, type = "website" }: PageMetadataInput): Metadata {
  const image = { url: shareImageRoute(record), width: 1200, height: 630, alt: title, type: "image/png" };
  return {
    title,
    description,
    alternates: { canonical: route },
    openGraph: { title, description, url: route, type, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}
