/**
 * Reading the résumé files as a machine does: the text of the PDF (what an
 * applicant-tracking system extracts), and the facts from the content that
 * must be in it. Shared by the unit test of the PDF and the end-to-end spec.
 */
import { extractText, getDocumentProxy } from "unpdf";
import type { Content } from "@/lib/content/records";
import { drawableInPdf } from "./pdf-font";

export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text, pages: totalPages };
}

/** The facts a recruiter looks for: the headline, every skill, every workplace and honour, and every result's figure, as far as the PDF's font can draw them (pdf-font.ts). */
export function resumeFacts(content: Content): string[] {
  return [
    content.profile.headline,
    ...content.skills.map((skill) => skill.title),
    ...content.experience.map((work) => work.organization),
    ...content.honours.map((honour) => honour.title),
    ...content.achievements.map((achievement) => achievement.figure),
  ].map(drawableInPdf);
}

/** Facts the text does not contain; line breaks inside a fact (a long title wrapped) do not count against it. */
export function missingFacts(text: string, facts: readonly string[]): string[] {
  const squeezed = text.replace(/\s+/g, "");
  return facts.filter((fact) => !squeezed.includes(fact.replace(/\s+/g, "")));
}
