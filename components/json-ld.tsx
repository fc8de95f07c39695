import type { Graph } from "schema-dts";
import { JsonScript } from "./json-script";

/** A page's structured data for search engines (lib/structured-data.ts builds it). */
export function JsonLd({ graph }: { graph: Graph }) {
  return <JsonScript type="application/ld+json" value={graph} />;
}
