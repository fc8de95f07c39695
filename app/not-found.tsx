import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { LinkArrow } from "@/components/link-arrow";
import { PageIntro } from "@/components/page-intro";
import { notFoundMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { notFoundGraph } from "@/lib/structured-data";

export const metadata: Metadata = notFoundMetadata();

export default function NotFound() {
  return (
    <>
      <JsonLd graph={notFoundGraph()} />
      <PageIntro eyebrow="404" title="This page is not here" lede="The link may be old or mistyped. Everything on this site is one of these pages:" />
      <ul className="flex flex-col gap-1">
        <li>
          <LinkArrow href={routes.skills}>Skills, by category and level</LinkArrow>
        </li>
        <li>
          <LinkArrow href={routes.projects}>Projects and workplaces</LinkArrow>
        </li>
        <li>
          <LinkArrow href={routes.achievements}>Measured results</LinkArrow>
        </li>
        <li>
          <LinkArrow href={routes.resume}>One-page résumé</LinkArrow>
        </li>
        <li>
          <LinkArrow href={routes.home}>Home</LinkArrow>
        </li>
      </ul>
    </>
  );
}
