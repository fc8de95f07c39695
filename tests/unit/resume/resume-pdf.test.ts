/** /resume.pdf: real text a machine can read, the content's facts in it, fonts embedded, one page, the same bytes every build. */
import { describe, expect, it } from "vitest";
import { renderResumePdf } from "@/components/resume-pdf";
import { loadContent } from "@/lib/content/load";
import type { Content } from "@/lib/content/records";
import { buildResume } from "@/lib/resume/model";
import { drawableInPdf } from "@/tests/site/pdf-font";
import { missingFacts, pdfSections, pdfText, resumeProblems } from "@/tests/site/resume-facts";
import { VALID_FIXTURE } from "@/tests/unit/content/fixture";
import { careerFixture } from "./career-fixture";

const render = (content: Content) => renderResumePdf(buildResume(content));

/** What the PDF of `content` misses of the résumé model, section by section. */
async function problems(content: Content, drawn = buildResume(content)) {
  const { text, pages } = await pdfText(await renderResumePdf(drawn));
  const model = buildResume(content);
  return { missing: resumeProblems(text, pdfSections(text, model), model, drawableInPdf), pages };
}

describe("the PDF résumé", () => {
  it("carries every section, entry and date of the résumé model as text, on one page", async () => {
    const { missing, pages } = await problems(careerFixture());
    expect(missing).toEqual([]);
    expect(pages).toBe(1);
  });

  it("keeps letters outside Latin-1 and reads in order: name, experience, results, skills, projects", async () => {
    const { content } = loadContent("tests/fixtures/edge/maximal");
    expect((await problems(content)).missing).toEqual([]);
    const { text } = await pdfText(await render(content));
    expect(text).toContain(content.profile.name!);
    const order = ["Experience", "Results", "Skills", "Projects"].map((heading) => text.search(new RegExp(`^${heading}$`, "im")));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("embeds its fonts", async () => {
    const pdf = Buffer.from(await render(loadContent(VALID_FIXTURE).content)).toString("latin1");
    // TrueType (FontFile2) or CFF (FontFile3), whichever the owner's font is (lib/look/fonts.ts).
    expect(pdf).toMatch(/\/FontFile[23]\b/);
    expect(pdf).not.toMatch(/\/BaseFont\s*\/Helvetica/);
  });

  it("is the same bytes each time it is built from the same content", async () => {
    const { content } = loadContent(VALID_FIXTURE);
    const first = await render(content);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.compare(first, await render(content))).toBe(0);
  });

  it("would notice a missing fact, so the checks above can fail", async () => {
    expect(missingFacts("PostgreSQL Redis", ["PostgreSQL", "Kafka"])).toEqual(["Kafka"]);
    const content = careerFixture();
    const resume = buildResume(content);
    const withoutDates = resume.sections.map((section) => ({
      ...section,
      entries: section.entries.map((entry) => ({ ...entry, line: { ...entry.line, when: undefined } })),
    }));
    const { missing } = await problems(content, { ...resume, sections: withoutDates as typeof resume.sections });
    expect(missing.some((problem) => problem.startsWith("Experience: misses"))).toBe(true);
  });
});
