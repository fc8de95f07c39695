import { getArticles, getProfile } from "@/lib/content";
import { atomFeed } from "@/lib/feeds";

export const dynamic = "force-static";

/** The articles as an Atom feed; a site without articles has an empty one, which no page links to. */
export function GET() {
  return new Response(atomFeed(getProfile(), getArticles()), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
