import type { MetadataRoute } from "next";
import { getAchievements, getArticles, getProjects, getPublications, getSkills, getTags, getTalks } from "@/lib/content";
import { recordRoute, routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";
import { emptyListRoutes } from "@/lib/static-params";

export const dynamic = "force-static";

/** Every indexable page. No lastModified: the export carries no build time, so rebuilds stay byte-identical. */
export default function sitemap(): MetadataRoute.Sitemap {
  const records = [...getSkills(), ...getProjects(), ...getAchievements(), ...getArticles(), ...getPublications(), ...getTalks()];
  const lists = [routes.skills, routes.projects, routes.achievements, routes.writing, routes.publications, routes.talks, routes.experience, routes.tags].filter(
    (route) => !emptyListRoutes().includes(route),
  );
  return [
    { url: absoluteUrl(routes.home), priority: 1 },
    ...lists.map((route) => ({ url: absoluteUrl(route), priority: 0.8 })),
    ...[routes.resume, routes.match].map((route) => ({ url: absoluteUrl(route), priority: 0.5 })),
    ...records.map((record) => ({ url: absoluteUrl(recordRoute(record)), priority: record.kind === "skill" ? 0.7 : 0.6 })),
    ...getTags().map((tag) => ({ url: absoluteUrl(routes.tag(tag.slug)), priority: 0.3 })),
  ];
}
