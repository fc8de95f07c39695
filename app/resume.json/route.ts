import { getContent } from "@/lib/content";
import { toJsonResume } from "@/lib/resume/json-resume";
import { buildResume } from "@/lib/resume/model";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toJsonResume(buildResume(getContent())));
}
