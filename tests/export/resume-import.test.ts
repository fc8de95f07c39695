/**
 * The round trip, for every content set: this site's own /resume.json,
 * imported into an empty folder, gives content that builds and keeps every
 * field the site can hold in JSON Resume: skills with their category, level,
 * years and tags; projects with their dates and skills; work (volunteer work too) and study with their
 * dates; honours and results; publications with their authors, venue, date and DOI; talks; articles (title, date, summary, topics: their text lives on the site); the profile's website, its links as written
 * and the languages the owner speaks.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import type { Content } from "@/lib/content/records";
import { importJsonResume } from "@/lib/import/json-resume";
import { contentPages, exportedFile, served } from "@/tests/site/site-map";

/** A web address as JSON Resume writes it (punycode, percent-encoding), to compare with what comes back. */
const href = (url: string | undefined) => url && new URL(url).href;

/** What a round trip keeps, as comparable text; lists whose order the import may choose (file names) are sorted. */
function kept(content: Content) {
  const sorted = (lines: string[]) => [...lines].sort();
  return {
    profile: [content.profile.headline, content.profile.summary, content.profile.name, content.profile.email, content.profile.location],
    links: content.profile.links.map((link) => [link.label, link.username, new URL(link.url).href]),
    languages: content.profile.languages,
    skills: sorted(
      content.skills.map((skill) =>
        JSON.stringify([skill.title, skill.category.title, skill.proficiency, skill.years, sorted(skill.tags.map((tag) => tag.label))]),
      ),
    ),
    projects: sorted(
      content.projects.map((project) =>
        JSON.stringify([project.title, project.summary, project.start?.iso, project.end?.iso, sorted(project.skills.map((skill) => skill.title))]),
      ),
    ),
    experience: content.experience.map((work) => [work.organization, work.role, work.volunteer, work.start?.iso, work.end?.iso, work.highlights]),
    education: content.education.map((study) => [study.institution, study.degree, study.area, study.start?.iso, study.end?.iso]),
    certifications: sorted(content.certifications.map((certificate) => JSON.stringify([certificate.title, certificate.issuer, certificate.date?.iso]))),
    honours: sorted(content.honours.map((honour) => JSON.stringify([honour.title, honour.awarder, honour.date?.iso]))),
    results: sorted(content.achievements.map((result) => JSON.stringify([result.figure, result.metric]))),
    publications: sorted(
      content.publications.map((publication) =>
        JSON.stringify([
          publication.title,
          publication.authors,
          publication.venue,
          publication.date?.iso,
          publication.doi,
          href(publication.url),
          publication.abstract,
        ]),
      ),
    ),
    articles: sorted(content.articles.map((article) => JSON.stringify([article.title, article.date.iso, article.summary, article.tags]))),
    talks: sorted(
      content.talks.map((talk) =>
        JSON.stringify([talk.title, talk.event, talk.location, talk.date?.iso, talk.summary, href(talk.slides), href(talk.recording)]),
      ),
    ),
  };
}

it("importing /resume.json gives content that builds and keeps every field the site holds in JSON Resume", () => {
  const { content } = contentPages();
  const resume = JSON.parse(fs.readFileSync(exportedFile(served("/resume.json")), "utf8"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "round-trip-"));
  try {
    for (const [file, text] of importJsonResume(resume).files) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const imported = loadContent(dir).content;
    expect(kept(imported)).toEqual(kept(content));
    // The owner's own website comes back as written; without one, this site is their website.
    const website = content.profile.website ? new URL(content.profile.website).href : resume.basics.url;
    expect(imported.profile.website && new URL(imported.profile.website).href).toBe(website);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
