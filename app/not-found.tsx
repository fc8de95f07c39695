import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { LinkArrow } from "@/components/link-arrow";
import { PageIntro } from "@/components/page-intro";
import { siteSections } from "@/lib/content";
import { notFoundMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { notFoundGraph } from "@/lib/structured-data";

export const metadata: Metadata = notFoundMetadata();

export default function NotFound() {
  const has = siteSections();
  const destinations = [
    { href: routes.skills, label: "Skills, by category and level", shown: true },
    { href: routes.projects, label: "Projects", shown: has.projects },
    { href: routes.achievements, label: "Measured results", shown: has.achievements },
    { href: routes.writing, label: "Writing", shown: has.writing },
    { href: routes.publications, label: "Publications", shown: has.publications },
    { href: routes.talks, label: "Talks", shown: has.talks },
    { href: routes.experience, label: "Experience", shown: has.experience },
    { href: routes.resume, label: "One-page résumé", shown: true },
    { href: routes.home, label: "Home", shown: true },
  ];
  return (
    <>
      <JsonLd graph={notFoundGraph()} />
      <PageIntro eyebrow="404" title="This page is not here" lede="The link may be old or mistyped. Everything on this site is one of these pages:" />
      <ul className="flex flex-col gap-1">
        {destinations
          .filter((destination) => destination.shown)
          .map(({ href, label }) => (
            <li key={href}>
              <LinkArrow href={href}>{label}</LinkArrow>
            </li>
          ))}
      </ul>
    </>
  );
}
