import { fill, messages } from "@/lib/i18n";
import type { PageKind } from "@/lib/routes";
import { recordRoute } from "@/lib/routes";
import { basePath } from "@/lib/site-config";
import { LinkArrow } from "./link-arrow";
import { PageIntro } from "./page-intro";

/**
 * What an old address of a renamed record serves: an immediate redirect for
 * browsers (static hosts cannot send a 301), a canonical link for search
 * engines (set in the page's metadata), and a plain link for everyone else.
 */
export function MovedPage({ record }: { record: { kind: PageKind; slug: string; title: string } }) {
  const route = recordRoute(record);
  const t = messages().moved;
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${basePath}${route}`} />
      <PageIntro title={fill(t.title, { title: record.title })} lede={t.lede} />
      <LinkArrow href={route}>{fill(t.goTo, { title: record.title })}</LinkArrow>
    </>
  );
}
