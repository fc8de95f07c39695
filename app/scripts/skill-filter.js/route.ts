import { browserScript } from "@/lib/browser-script";

export const dynamic = "force-static";

/** The skills list's filter, for the browser. */
export async function GET() {
  return new Response(await browserScript("components/behaviours/skill-filter.ts", "startSkillFilters"), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
}
