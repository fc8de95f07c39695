/**
 * Reading the résumé files as a machine does, and the facts the résumé model
 * (lib/resume/model.ts) says they must carry: the text of the PDF (what an
 * applicant-tracking system extracts), the text of the page, and the entries
 * of /resume.json. Shared by the unit test of the PDF and the export checks,
 * which hold all three to the same model.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { periodLabel } from "@/lib/format";
import type { JsonResume } from "@/lib/resume/json-resume";
import type { Resume, ResumeSection, When } from "@/lib/resume/model";

export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text, pages: totalPages };
}

/** What the résumé says before its sections: who, what they do, and how to reach them. */
export function headerFacts(resume: Resume): string[] {
  return [resume.title, resume.subtitle, resume.summary, resume.experience, ...resume.contact.map((item) => item.text)].filter((fact): fact is string =>
    Boolean(fact),
  );
}

/** Every fact of every entry of a section as a reader sees it: names, numbers, roles, dates, summaries, bullets and skills. */
export function sectionFacts(section: ResumeSection): string[] {
  return section.entries.flatMap(({ line }) =>
    [
      line.title,
      line.figure,
      line.detail,
      line.when && periodLabel(line.when),
      line.summary,
      ...line.bullets,
      ...line.uses,
      ...line.items.map((item) => item.text),
    ].filter((fact): fact is string => Boolean(fact)),
  );
}

/** Facts the text does not contain; line breaks inside a fact (a long title wrapped) do not count against it. */
export function missingFacts(text: string, facts: readonly string[]): string[] {
  const squeezed = text.replace(/\s+/g, "");
  return facts.filter((fact) => !squeezed.includes(fact.replace(/\s+/g, "")));
}

/**
 * The text of each section of the PDF, cut from the whole text at the
 * sections' headings (printed in capitals) in the model's order. A section
 * whose heading is not found gets no text.
 */
export function pdfSections(text: string, resume: Resume): Map<string, string> {
  const starts: number[] = [];
  let from = 0;
  for (const section of resume.sections) {
    const at = text.indexOf(section.title.toUpperCase(), from);
    starts.push(at);
    if (at >= 0) from = at + section.title.length;
  }
  return new Map(
    resume.sections.map((section, index) => {
      const start = starts[index]!;
      const next = starts.slice(index + 1).find((at) => at >= 0) ?? text.length;
      return [section.title, start >= 0 ? text.slice(start, next) : ""];
    }),
  );
}

/**
 * Where a rendering of the résumé misses the model's facts, given its whole
 * text and the text under each section heading: "Projects: misses 2021 – 2022".
 * `drawable` gives the parts of a fact the rendering can print (the PDF's font).
 */
export function resumeProblems(text: string, sections: Map<string, string>, resume: Resume, drawable = (fact: string) => [fact]): string[] {
  const problems = missingFacts(text, headerFacts(resume).flatMap(drawable)).map((fact) => `header: misses ${fact}`);
  for (const section of resume.sections) {
    const own = sections.get(section.title);
    if (!own) problems.push(`${section.title}: no such section`);
    else problems.push(...missingFacts(own, sectionFacts(section).flatMap(drawable)).map((fact) => `${section.title}: misses ${fact}`));
  }
  return problems;
}

const dates = (when: When | undefined) => [when?.start?.iso ?? "", when?.end?.iso ?? ""].join(" – ");

function entryLines(section: ResumeSection): string[] {
  switch (section.id) {
    case "skills":
      return section.entries.flatMap(({ record }) => record.skills.map((skill) => skill.title));
    case "results":
      return section.entries.map(({ line }) => `${line.figure} | ${line.title}`);
    default:
      return section.entries.map(({ line }) => `${line.title} | ${dates(line.when)}`);
  }
}

/** Each section of the model as "name | dates" lines (a skill by name, a result by figure and metric), sorted, to compare with /resume.json. */
export function modelEntries(resume: Resume): Record<string, string[]> {
  return Object.fromEntries(resume.sections.map((section) => [section.id, entryLines(section).sort()]));
}

const span = (start?: string, end?: string) => [start ?? "", end ?? ""].join(" – ");

/** The same lines read back from a /resume.json document; a section the document leaves empty is absent. */
export function jsonEntries(json: JsonResume): Record<string, string[]> {
  const results = json.awards.filter((award) => "result" in award) as { result: { figure: string; metric: string } }[];
  const honours = json.awards.filter((award) => !("result" in award)) as { title: string; date?: string }[];
  const lines: Record<string, string[]> = {
    experience: [
      ...json.work.map((job) => `${job.name} | ${span(job.startDate, job.endDate)}`),
      ...json.volunteer.map((job) => `${job.organization} | ${span(job.startDate, job.endDate)}`),
    ],
    results: results.map(({ result }) => `${result.figure} | ${result.metric}`),
    skills: json.skills.map((skill) => skill.name),
    projects: json.projects.map((project) => `${project.name} | ${span(project.startDate, project.endDate)}`),
    publications: json.publications.map((publication) => `${publication.name} | ${span(publication.releaseDate, publication.releaseDate)}`),
    talks: json.talks.map((talk) => `${talk.name} | ${span(talk.date, talk.date)}`),
    articles: json.writing.map((article) => `${article.name} | ${span(article.date, article.date)}`),
    education: json.education.map((study) => `${study.institution} | ${span(study.startDate, study.endDate)}`),
    certificates: json.certificates.map((certificate) => `${certificate.name} | ${span(certificate.date, certificate.date)}`),
    honours: honours.map((honour) => `${honour.title} | ${span(honour.date, honour.date)}`),
  };
  return Object.fromEntries(
    Object.entries(lines)
      .filter(([id, entries]) => entries.length > 0 || id === "skills")
      .map(([id, entries]) => [id, entries.sort()]),
  );
}

/** Lines a text takes in the PDF's body column, about 115 characters wide: long names and author lists wrap. */
const wrapped = (text: string | undefined, width = 115) => (text ? Math.ceil(text.length / width) : 0);

/** Lines a list of items joined by " · " fills in a column `width` characters wide, none split but a longer one wrapping on its own. */
function filled(items: string[], width: number): number {
  let lines = 0;
  let room = 0;
  for (const item of items) {
    const length = item.length + 3;
    if (length <= room) room -= length;
    else {
      lines += Math.ceil(length / width);
      room = width - (length % width || width);
    }
  }
  return lines;
}

/**
 * Up to this many estimated lines the résumé must print on one page. A page
 * holds about 56 printed lines, but the estimate cannot see every wrap: the
 * example owner's résumé counts 49 and prints 47 lines on one page, while
 * generated seed 1531963428 counts 50 and prints 58 on two (long names and
 * author lists in several scripts wrap where the font has no glyphs).
 */
const CLEARLY_ONE_PAGE = 42;

/**
 * How many pages the résumé may print on: one when it clearly fits (entries
 * with their details, summaries and bullets as they wrap, two results a row,
 * the skills as they fill their column, and the headings), two when it may
 * not, or lists more than 30 skills.
 */
export function resumePageBudget(resume: Resume, skills: number): 1 | 2 {
  let lines = 6;
  for (const section of resume.sections) {
    lines += 1.5;
    for (const { line } of section.entries) {
      if (section.id === "results") lines += 0.5;
      else if (section.id === "skills")
        lines += filled(
          line.items.map((item) => item.text),
          75,
        );
      else {
        const uses = line.uses.length ? `(${line.uses.join(", ")})` : undefined;
        lines += Math.max(1, wrapped(`${line.title} · ${line.detail ?? ""}`)) + wrapped([line.summary, uses].filter(Boolean).join(" "));
        lines += line.bullets.reduce((sum, bullet) => sum + wrapped(bullet), 0);
      }
    }
  }
  return skills <= 30 && lines <= CLEARLY_ONE_PAGE ? 1 : 2;
}
