import { renderResumePdf } from "@/components/resume-pdf";
import { getContent } from "@/lib/content";
import { buildResume } from "@/lib/resume/model";

export const dynamic = "force-static";

/** The résumé as a PDF file to attach to an application, written into the export at build time. */
export async function GET() {
  const pdf = await renderResumePdf(buildResume(getContent()));
  return new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf" } });
}
