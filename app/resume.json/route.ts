import { getContent } from "@/lib/content";
import { toJsonResume } from "@/lib/resume/json-resume";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toJsonResume(getContent()));
}
