/** /resume.pdf: real text a machine can read, the content's facts in it, fonts embedded, one page, the same bytes every build. */
import { describe, expect, it } from "vitest";
import { renderResumePdf } from "@/components/resume-pdf";
import { loadContent } from "@/lib/content/load";
import type { Content } from "@/lib/content/records";
import { missingFacts, pdfText, resumeFacts } from "@/tests/site/resume-facts";
import { VALID_FIXTURE } from "@/tests/unit/content/fixture";
import { careerFixture } from "./career-fixture";

const render = (content: Content) => renderResumePdf(content, "https://example.test/");

describe("the PDF résumé", () => {
  it("carries the headline, every skill, every workplace and every result's figure as text", async () => {
    const content = careerFixture();
    const { text, pages } = await pdfText(await render(content));
    expect(missingFacts(text, resumeFacts(content))).toEqual([]);
    expect(text).toContain("Example University");
    expect(text).toContain("Example Certificate");
    expect(pages).toBe(1);
  });

  it("keeps letters outside Latin-1 and reads in order: name, experience, results, skills, projects", async () => {
    const { content } = loadContent("tests/fixtures/edge/maximal");
    const { text } = await pdfText(await render(content));
    expect(missingFacts(text, resumeFacts(content))).toEqual([]);
    expect(text).toContain(content.profile.name!);
    const order = ["Experience", "Results", "Skills", "Projects"].map((heading) => text.search(new RegExp(`^${heading}$`, "im")));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("embeds its fonts", async () => {
    const pdf = Buffer.from(await render(loadContent(VALID_FIXTURE).content)).toString("latin1");
    expect(pdf).toMatch(/\/FontFile2/);
    expect(pdf).not.toMatch(/\/BaseFont\s*\/Helvetica/);
  });

  it("is the same bytes each time it is built from the same content", async () => {
    const { content } = loadContent(VALID_FIXTURE);
    const first = await render(content);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.compare(first, await render(content))).toBe(0);
  });

  it("would notice a missing fact, so the checks above can fail", () => {
    expect(missingFacts("PostgreSQL Redis", ["PostgreSQL", "Kafka"])).toEqual(["Kafka"]);
  });
});
