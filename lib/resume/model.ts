/**
 * The résumé as one model, built once from the content: which sections it
 * has, in which order, and what each entry says. The page (/resume/) and the
 * PDF (/resume.pdf) draw each entry's `line`; JSON Resume (/resume.json)
 * writes each entry's record in the schema's fields. Because all three walk
 * the same sections, they carry the same facts (tests/export/resume-agreement.test.ts).
 */
import type {
  Achievement,
  Article,
  Category,
  Certification,
  Content,
  Education,
  Experience,
  Honour,
  PartialDate,
  Profile,
  Project,
  Publication,
  Talk,
} from "@/lib/content";
import { contextLabel, yearsLabel } from "@/lib/format";
import { fill, messages, siteLanguageTag } from "@/lib/i18n";
import { authorsLine } from "@/lib/publication";
import { routes } from "@/lib/routes";
import { sameWords } from "@/lib/same-words";
import { absoluteUrl } from "@/lib/site-config";
import { type ContactItem, contactItems, skillLine, workDetail } from "./lines";

/** When an entry happened: a period, or one day, month or year (a certificate, an honour) as both ends. */
export interface When {
  start?: PartialDate;
  end?: PartialDate;
  current?: boolean;
}

/** An entry as the page and the PDF show it: the same words in both. */
export interface ResumeLine {
  key: string;
  /** The organisation, institution, project, certificate, honour or category; a result's metric. */
  title: string;
  /** A category named only to repeat the section's heading ("Skills") is left unshown. */
  titleShown: boolean;
  /** A result's number, which leads its line. */
  figure?: string;
  /** Role and place, degree and area, the project's context, who issued or awarded it. */
  detail?: string;
  when?: When;
  summary?: string;
  bullets: string[];
  /** The skills it used, by name: "(Python, FastAPI)". */
  uses: string[];
  /** A category's skills, each worded with its level. */
  items: { key: string; text: string }[];
  /** The skills it shows, by slug: a job posting that asks for them moves the entry up. */
  skills: string[];
  /** Its own page on this site. */
  route?: string;
}

interface Section<Id extends string, Record> {
  id: Id;
  title: string;
  entries: { record: Record; line: ResumeLine }[];
}

/** What each section lists. */
export interface SectionRecords {
  experience: Experience;
  results: Achievement;
  skills: Category;
  projects: Project;
  articles: Article;
  publications: Publication;
  talks: Talk;
  education: Education;
  certificates: Certification;
  honours: Honour;
}

export type ResumeSection = { [Id in keyof SectionRecords]: Section<Id, SectionRecords[Id]> }[keyof SectionRecords];

export interface Resume {
  /** Whose résumé it is, every field (JSON Resume's basics write them all). */
  profile: Profile;
  /** The name, or the headline for an owner who gives no name. */
  title: string;
  /** The headline under the name; absent when the headline is already the title. */
  subtitle?: string;
  summary: string;
  /** "3+ years of production experience". */
  experience?: string;
  contact: ContactItem[];
  portfolioUrl: string;
  /** "en-US": the language the résumé is written in. */
  language: string;
  sections: ResumeSection[];
}

const slugs = (records: readonly { slug: string }[]) => records.map((record) => record.slug);

function line(key: string, title: string, fields: Partial<Omit<ResumeLine, "key" | "title">>): ResumeLine {
  return { key, title, titleShown: true, bullets: [], uses: [], items: [], skills: [], ...fields };
}

const jobLine = (work: Experience) =>
  line(work.slug, work.organization, {
    detail: workDetail(work),
    when: work,
    summary: work.summary,
    bullets: work.highlights,
    skills: [...slugs(work.skills), ...work.projects.flatMap((project) => slugs(project.skills))],
  });

const resultLine = (achievement: Achievement) =>
  line(achievement.slug, achievement.metric, {
    figure: achievement.figure,
    skills: [...slugs(achievement.skills), ...achievement.projects.flatMap((project) => slugs(project.skills))],
    route: routes.achievement(achievement.slug),
  });

const categoryLine = (category: Category) =>
  line(category.slug, category.title, {
    titleShown: !sameWords(category.title, messages().resume.sections.skills),
    items: category.skills.map((skill) => ({ key: skill.slug, text: skillLine(skill) })),
    skills: slugs(category.skills),
  });

function projectLine(project: Project): ResumeLine {
  const context = contextLabel(project);
  return line(project.slug, project.title, {
    detail: context === project.title ? undefined : context,
    when: { start: project.start, end: project.end },
    summary: project.summary,
    uses: project.skills.map((skill) => skill.title),
    skills: slugs(project.skills),
    route: routes.project(project.slug),
  });
}

const publicationLine = (publication: Publication) =>
  line(publication.slug, publication.title, {
    detail: publication.venue,
    when: publication.date && { start: publication.date, end: publication.date },
    summary: authorsLine(publication.authors),
    skills: slugs(publication.skills),
    route: routes.publication(publication.slug),
  });

const articleLine = (article: Article) =>
  line(article.slug, article.title, {
    when: { start: article.date, end: article.date },
    skills: slugs(article.skills),
    route: routes.article(article.slug),
  });

const talkLine = (talk: Talk) =>
  line(talk.slug, talk.title, {
    detail: [talk.event, talk.location].filter(Boolean).join(", "),
    when: talk.date && { start: talk.date, end: talk.date },
    skills: slugs(talk.skills),
    route: routes.talk(talk.slug),
  });

const studyLine = (study: Education) =>
  line(study.slug, study.institution, {
    detail: [study.degree, study.area].filter(Boolean).join(", ") || undefined,
    when: study,
    summary: study.summary,
  });

const datedLine = (record: Certification | Honour, by: string | undefined) =>
  line(record.slug, record.title, { detail: by, when: record.date && { start: record.date, end: record.date } });

function entries<Record>(records: readonly Record[], lineOf: (record: Record) => ResumeLine) {
  return records.map((record) => ({ record, line: lineOf(record) }));
}

/** The sections in the order a recruiter reads them; a section with nothing in it is left out, except skills. */
function sections(content: Content): ResumeSection[] {
  const titles = messages().resume.sections;
  const all: ResumeSection[] = [
    { id: "experience", title: titles.experience, entries: entries(content.experience, jobLine) },
    { id: "results", title: titles.results, entries: entries(content.achievements, resultLine) },
    {
      id: "skills",
      title: titles.skills,
      entries: entries(
        content.categories.filter((category) => category.skills.length > 0),
        categoryLine,
      ),
    },
    { id: "projects", title: titles.projects, entries: entries(content.projects, projectLine) },
    { id: "publications", title: titles.publications, entries: entries(content.publications, publicationLine) },
    { id: "articles", title: titles.articles, entries: entries(content.articles, articleLine) },
    { id: "talks", title: titles.talks, entries: entries(content.talks, talkLine) },
    { id: "education", title: titles.education, entries: entries(content.education, studyLine) },
    { id: "certificates", title: titles.certificates, entries: entries(content.certifications, (each) => datedLine(each, each.issuer)) },
    { id: "honours", title: titles.honours, entries: entries(content.honours, (each) => datedLine(each, each.awarder)) },
  ];
  return all.filter((section) => section.id === "skills" || section.entries.length > 0);
}

export function buildResume(content: Content): Resume {
  const { profile } = content;
  return {
    profile,
    title: profile.name ?? profile.headline,
    subtitle: profile.name && profile.headline,
    summary: profile.summary,
    experience: profile.experience && fill(messages().words.productionExperience, { years: yearsLabel(profile.experience) }),
    contact: contactItems(profile),
    portfolioUrl: absoluteUrl(routes.home),
    language: siteLanguageTag(),
    sections: sections(content),
  };
}
