import type { Graph } from "schema-dts";

/**
 * A page's structured data for search engines (lib/structured-data.ts builds
 * it). Content can hold any text, so `<` is escaped: a "</script>" in a
 * summary must not end the script element.
 */
export function JsonLd({ graph }: { graph: Graph }) {
  const json = JSON.stringify(graph).replace(/</g, "\\u003c");
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with "<" escaped, so it cannot end the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
