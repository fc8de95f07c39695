/**
 * The résumé as files other tools read, checked for the content set under
 * test without a browser: /resume.json is valid JSON Resume and renders
 * through two published themes; /resume.pdf holds the content's facts as text.
 */
import resumeSchema from "@jsonresume/schema/schema.json" with { type: "json" };
import { expect, test } from "@playwright/test";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import * as elegant from "jsonresume-theme-elegant";
import * as even from "jsonresume-theme-even";
import { missingFacts, pdfText, resumeFacts } from "./resume-facts";
import { contentPages, relative, served } from "./site-map";

const { content } = contentPages();

test("/resume.json is valid JSON Resume and carries every result, workplace, study and certificate", async ({ request }) => {
  const resume = await (await request.get(relative("/resume.json"))).json();
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(resumeSchema);
  expect(check(resume), ajv.errorsText(check.errors)).toBe(true);
  expect(resume.awards).toHaveLength(content.achievements.length);
  expect(resume.work.map((work: { name: string }) => work.name)).toEqual(content.experience.map((work) => work.organization));
  expect(resume.education).toHaveLength(content.education.length);
  expect(resume.certificates).toHaveLength(content.certifications.length);
  expect(resume.basics.location).toEqual(content.profile.location ? { address: content.profile.location } : {});
});

// Both themes are published on npm and render offline; elegant changes the document it is given, so each gets its own copy.
for (const [name, theme] of [
  ["even", even],
  ["elegant", elegant],
] as const) {
  test(`/resume.json renders through the "${name}" theme`, async ({ request }) => {
    const resume = await (await request.get(relative("/resume.json"))).json();
    const html = await theme.render(structuredClone(resume));
    expect(html).toMatch(/<html/i);
    for (const skill of content.skills.slice(0, 3)) expect(html).toContain(escapeHtml(skill.title));
  });
}

test("/resume.pdf is a PDF whose text holds the headline, every skill, workplace and result", async ({ request }) => {
  const response = await request.get(relative("/resume.pdf"));
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { text, pages } = await pdfText(bytes);
  expect(missingFacts(text, resumeFacts(content))).toEqual([]);
  // One page is the design for the résumé of a career like the owner's; a site of many skills may take two.
  expect(pages).toBeLessThanOrEqual(content.skills.length <= 30 && content.projects.length <= 8 ? 1 : 2);
});

test("home and /resume/ link the PDF", async ({ request }) => {
  for (const route of ["/", "/resume/"]) {
    const html = await (await request.get(relative(route))).text();
    expect(html, route).toContain(`href="${served("/resume.pdf")}"`);
  }
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
