import type { MetadataRoute } from "next";
import { getTags } from "@/lib/content";
import { PAGE_KINDS, pageRecords, presentPageKinds } from "@/lib/page-kinds";
import { recordRoute, routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";

export const dynamic = "force-static";

/** Every indexable page. No lastModified: the export carries no build time, so rebuilds stay byte-identical. */
export default function sitemap(): MetadataRoute.Sitemap {
  const lists = [...new Set([routes.skills, ...presentPageKinds().map((kind) => PAGE_KINDS[kind].list)])];
  return [
    { url: absoluteUrl(routes.home), priority: 1 },
    ...[...lists, routes.experience, routes.tags].map((route) => ({ url: absoluteUrl(route), priority: 0.8 })),
    ...[routes.resume, routes.match].map((route) => ({ url: absoluteUrl(route), priority: 0.5 })),
    ...pageRecords().map((record) => ({ url: absoluteUrl(recordRoute(record)), priority: PAGE_KINDS[record.kind].priority })),
    ...getTags().map((tag) => ({ url: absoluteUrl(routes.tag(tag.slug)), priority: 0.3 })),
  ];
}
