import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { LinkArrow } from "@/components/link-arrow";
import { PageIntro } from "@/components/page-intro";
import { messages } from "@/lib/i18n";
import { notFoundDestinations } from "@/lib/navigation";
import { notFoundMetadata } from "@/lib/page-metadata";
import { notFoundGraph } from "@/lib/structured-data";

export const metadata: Metadata = notFoundMetadata();

export default function NotFound() {
  const t = messages();
  return (
    <>
      <JsonLd graph={notFoundGraph()} />
      <PageIntro eyebrow="404" title={t.notFound.title} lede={t.notFound.lede} />
      <ul className="flex flex-col gap-1">
        {notFoundDestinations().map(({ href, label }) => (
          <li key={href}>
            <LinkArrow href={href}>{label}</LinkArrow>
          </li>
        ))}
      </ul>
    </>
  );
}
