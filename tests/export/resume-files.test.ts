/**
 * The résumé as files other tools read, checked for the content set under
 * test without a browser: /resume.json is valid JSON Resume and renders
 * through two published themes; /resume.pdf holds the content's facts as text.
 */

import { readFileSync } from "node:fs";
import resumeSchema from "@jsonresume/schema/schema.json" with { type: "json" };
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { fromHtml } from "hast-util-from-html";
import * as elegant from "jsonresume-theme-elegant";
import * as even from "jsonresume-theme-even";
import { expect, test } from "vitest";
import { buildResume } from "@/lib/resume/model";
import { drawableInPdf } from "@/tests/site/pdf-font";
import { jsonEntries, modelEntries, pdfSections, pdfText, resumePageBudget, resumeProblems } from "@/tests/site/resume-facts";
import { e2eSite } from "@/tests/site/site";
import { contentPages, exportedFile, served } from "@/tests/site/site-map";
import { readExport } from "./exported-site";
import { attribute, select, selectAll, textOf } from "./html";

const { content } = contentPages();
const resume = buildResume(content);
const exported = (route: string) => readFileSync(exportedFile(served(route)));
const resumeJson = () => JSON.parse(exported("/resume.json").toString("utf8"));

test("/resume.json is valid JSON Resume and carries every result, workplace (volunteer work apart), study and certificate", () => {
  const resume = resumeJson();
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(resumeSchema);
  expect(check(resume), ajv.errorsText(check.errors)).toBe(true);
  expect(resume.awards).toHaveLength(content.honours.length + content.achievements.length);
  const places = (volunteer: boolean) => content.experience.filter((work) => work.volunteer === volunteer).map((work) => work.organization);
  expect(resume.work.map((work: { name: string }) => work.name)).toEqual(places(false));
  expect(resume.volunteer.map((work: { organization: string }) => work.organization)).toEqual(places(true));
  expect(resume.education).toHaveLength(content.education.length);
  expect(resume.certificates).toHaveLength(content.certifications.length);
  expect(resume.basics.location).toEqual(content.profile.location ? { address: content.profile.location } : {});
});

// Both themes are published on npm and render offline; elegant changes the document it is given, so each gets its own copy.
for (const [name, theme] of [
  ["even", even],
  ["elegant", elegant],
] as const) {
  test(`/resume.json renders through the "${name}" theme`, async () => {
    const html = await theme.render(structuredClone(resumeJson()));
    // Themes escape text in different, equally valid ways: compare the text a reader sees.
    const text = textOf(fromHtml(html)).replace(/\s+/g, " ");
    for (const skill of content.skills.slice(0, 3)) expect(text).toContain(skill.title.replace(/\s+/g, " "));
  });
}

test("/resume.pdf is a PDF of real text that fits the page count its content calls for", async () => {
  const bytes = exported("/resume.pdf");
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { pages } = await pdfText(bytes);
  expect(pages).toBeLessThanOrEqual(resumePageBudget(resume, content.skills.length));
});

// The page, the PDF and /resume.json render one model (lib/resume/model.ts); each is held to all of it.
test("/resume/ shows every section, entry and date of the résumé model", () => {
  const { out, basePath } = e2eSite();
  const article = select("article", readExport(out, basePath).pageAt(served("/resume/"))!.tree)!;
  const sections = new Map(selectAll("section", article).map((section) => [textOf(select("h2", section)!), textOf(section)]));
  expect(resumeProblems(textOf(article), sections, resume)).toEqual([]);
});

test("/resume.pdf prints every section, entry and date of the résumé model", async () => {
  const { text } = await pdfText(exported("/resume.pdf"));
  expect(resumeProblems(text, pdfSections(text, resume), resume, drawableInPdf)).toEqual([]);
});

test("/resume.json holds every section, entry and date of the résumé model", () => {
  expect(jsonEntries(resumeJson())).toEqual(modelEntries(resume));
});

test("home and /resume/ link the PDF", () => {
  const { out, basePath } = e2eSite();
  const site = readExport(out, basePath);
  for (const route of ["/", "/resume/"]) {
    const links = selectAll("a[href]", site.pageAt(served(route))!.tree).map((link) => attribute(link, "href"));
    expect(links, route).toContain(served("/resume.pdf"));
  }
});
