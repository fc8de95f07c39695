import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without its prefetch on sight: every link in view fetched its
 * page while this page was still loading (30 requests on home), competing
 * with the page's own files on a slow connection. Pages are fetched ahead on
 * intent instead (components/behaviours/intent-prefetch.ts).
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
