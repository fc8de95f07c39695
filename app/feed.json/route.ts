import { getArticles, getProfile } from "@/lib/content";
import { jsonFeed } from "@/lib/feeds";

export const dynamic = "force-static";

/** The articles as a JSON Feed 1.1. */
export function GET() {
  return Response.json(jsonFeed(getProfile(), getArticles()), { headers: { "Content-Type": "application/feed+json" } });
}
