import { browserScript } from "@/lib/browser-script";

export const dynamic = "force-static";

/** The behaviours of every page, for the browser. */
export async function GET() {
  return new Response(await browserScript("components/behaviours/site.ts", "startSiteBehaviours"), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
}
