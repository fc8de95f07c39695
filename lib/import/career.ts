/** JSON Resume work, education, certificates and awards → experience, education, certifications, honours and results. */
import { contentFile, type Json, list, namedEntries, object, partialDate, text, texts, webUrl } from "./values";

type Files = [string, string][];

/** Work and volunteer work, one folder with one slug for each place: the volunteer kind is marked so. */
export function importWork(resume: Json, notes: string[], skillsNamed: (lines: string[]) => string[]): Files {
  const volunteered = new Set(list(resume.volunteer));
  const entries = namedEntries(
    [...list(resume.work), ...volunteered],
    {
      name: (work) => text(work.name) ?? text(work.company) ?? text(work.organization),
      fallback: "work",
      missing: "work, volunteer: an entry without an organization was left out",
    },
    notes,
  );
  return entries.map(({ entry: work, name, slug }) => [
    `experience/${slug}.md`,
    contentFile({
      organization: name,
      role: text(work.position),
      volunteer: volunteered.has(work) || undefined,
      start: partialDate(work.startDate),
      end: partialDate(work.endDate),
      location: text(work.location),
      url: webUrl(work.url),
      summary: text(work.summary) ?? text(work.description),
      highlights: texts(work.highlights),
      skills: skillsNamed([text(work.summary) ?? "", ...texts(work.highlights)]),
    }),
  ]);
}

export function importEducation(section: unknown, notes: string[]): Files {
  const entries = namedEntries(
    section,
    { name: (study) => text(study.institution), fallback: "education", missing: "education: an entry without an institution was left out" },
    notes,
  );
  return entries.map(({ entry: study, name, slug }) => {
    if (texts(study.courses).length) notes.push(`education/${slug}.md: courses are not kept`);
    return [
      `education/${slug}.md`,
      contentFile({
        institution: name,
        degree: text(study.studyType),
        area: text(study.area),
        start: partialDate(study.startDate),
        end: partialDate(study.endDate),
        score: text(study.score),
        url: webUrl(study.url),
      }),
    ];
  });
}

export function importCertificates(section: unknown, notes: string[]): Files {
  return namedEntries(section, { name: (certificate) => text(certificate.name), fallback: "certificate" }, notes).map(({ entry, name, slug }) => [
    `certifications/${slug}.md`,
    contentFile({ title: name, issuer: text(entry.issuer), date: partialDate(entry.date), url: webUrl(entry.url) }),
  ]);
}

/** "99.9% uptime" → figure "99.9%", metric "uptime": a result leads with its number; an award without one is an honour. */
function splitResult(title: string): { figure: string; metric: string } | undefined {
  const match = /^([$€£]?\d[\d.,]*\s*[%kKmMbBx+]*\+?)\s+(.+)$/.exec(title);
  return match ? { figure: match[1]!.trim(), metric: match[2]! } : undefined;
}

/** The figure and metric this site exports beside an award's title, or read from the title's start. */
function resultOf(award: Json, title: string) {
  const written = object(award.result);
  const figure = text(written.figure);
  const metric = text(written.metric);
  return figure && metric ? { figure, metric } : splitResult(title);
}

const awardTitle = (award: Json) => text(award.title);

/** An award that leads with a number is a measured result; any other is an honour, with its awarder and date. */
export function importAwards(section: unknown, notes: string[]): Files {
  const awards = list(section).filter(awardTitle);
  const isResult = (award: Json) => resultOf(award, awardTitle(award)!) !== undefined;
  const files = (entries: Json[], folder: string, fallback: string, fields: (award: Json, title: string) => Json): Files =>
    namedEntries(entries, { name: awardTitle, fallback }, notes).map(({ entry, name, slug }) => [`${folder}/${slug}.md`, contentFile(fields(entry, name))]);
  return [
    ...files(awards.filter(isResult), "achievements", "result", (award, title) => ({
      title,
      ...resultOf(award, title),
      summary: text(award.summary) ?? (text(award.awarder) && `Awarded by ${text(award.awarder)}.`),
    })),
    ...files(
      awards.filter((award) => !isResult(award)),
      "honours",
      "honour",
      (award, title) => ({ title, awarder: text(award.awarder), date: partialDate(award.date), summary: text(award.summary) }),
    ),
  ];
}
