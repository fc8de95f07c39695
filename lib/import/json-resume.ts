/**
 * Turns a JSON Resume document (https://jsonresume.org/schema) into content
 * files: basics → profile, work → experience, education, certificates,
 * projects, skills (levels mapped, keywords as tags), and awards → results
 * when they lead with a number, honours otherwise. Pure: it returns the files and the list of what it could not
 * map; scripts/import-resume.ts writes them.
 */
import { stringify } from "yaml";
import { FRONT_MATTER_YAML } from "@/lib/content/front-matter";
import { PROFICIENCY, PROFICIENCY_LEVELS, type Proficiency } from "@/lib/content/proficiency";
import { fileSlug } from "@/lib/content/slug";
import { normalizeTerm } from "@/lib/search/normalize";

/** The parts of a JSON Resume this reads; everything is optional there, so everything is checked here. */
type Json = Record<string, unknown>;

export interface ImportResult {
  /** Path under the content folder → file text. */
  files: Map<string, string>;
  /** One line for each thing that was left out or guessed, to show the owner. */
  notes: string[];
}

const CATEGORY = { slug: "skills", title: "Skills" };

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((item): item is Json => typeof item === "object" && item !== null) : []);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter((item): item is string => item !== undefined) : []);
const webUrl = (value: unknown): string | undefined => {
  const url = text(value);
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
};

/** "2021-03-15" → "2021-03"; "2021" stays; anything else is dropped. */
function partialDate(value: unknown): string | undefined {
  return /^(\d{4}(?:-\d{2})?)/.exec(text(value) ?? "")?.[1];
}

/** Front matter without the fields that have no value, then the markdown body. */
function file(fields: Json, body = ""): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
  return `---\n${stringify(present, { ...FRONT_MATTER_YAML, lineWidth: 0 })}---\n${body ? `${body.trim()}\n` : ""}`;
}

/** A slug for each name, unique within its kind: "acme", "acme-2". */
function slugger() {
  const taken = new Set<string>();
  return (name: string, fallback: string): string => {
    const base = fileSlug(name) || fallback;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}

const LEVEL_WORDS: [RegExp, Proficiency][] = [
  [/\b(master|expert|guru|lead)\b/i, "expert"],
  [/\b(advanced|senior|proficient|strong)\b/i, "advanced"],
  [/\b(production|professional|experienced)\b/i, "production"],
  [/\b(intermediate|working|competent|familiar|junior)\b/i, "working"],
  [/\b(beginner|basic|novice|learning|elementary)\b/i, "learning"],
];

/** "Advanced, 5+ years" (this site's own export), "Master", "Intermediate" → a level, and years when stated. */
function skillLevel(level: string | undefined): { proficiency: Proficiency; years?: string; known: boolean } {
  const years = /(\d+(?:\.\d+)?\+?)\s*(?:years?|yrs?)\b/i.exec(level ?? "")?.[1];
  const label = PROFICIENCY_LEVELS.find((each) => level?.toLowerCase().startsWith(PROFICIENCY[each].label.toLowerCase()));
  const matched = label ?? LEVEL_WORDS.find(([pattern]) => pattern.test(level ?? ""))?.[1];
  return { proficiency: matched ?? "working", ...(years && { years }), known: matched !== undefined };
}

/** "99.9% uptime" → figure "99.9%", metric "uptime": a result leads with its number; an award without one is an honour. */
function splitResult(title: string): { figure: string; metric: string } | undefined {
  const match = /^([$€£]?\d[\d.,]*\s*[%kKmMbBx+]*\+?)\s+(.+)$/.exec(title);
  return match ? { figure: match[1]!.trim(), metric: match[2]! } : undefined;
}

export function importJsonResume(resume: Json): ImportResult {
  const files = new Map<string, string>();
  const notes: string[] = [];
  const basics = (typeof resume.basics === "object" && resume.basics) as Json | false;

  const skillSlugs = new Map<string, string>();
  const skillSlug = slugger();
  for (const skill of list(resume.skills)) {
    const name = text(skill.name);
    if (!name) {
      notes.push("skills: an entry without a name was left out");
      continue;
    }
    const slug = skillSlug(name, "skill");
    const level = skillLevel(text(skill.level));
    if (skill.level !== undefined && !level.known) notes.push(`skills/${slug}.md: level "${String(skill.level)}" is not one this site knows; set to "working"`);
    const tags = texts(skill.keywords);
    skillSlugs.set(normalizeTerm(name), slug);
    for (const tag of tags) if (!skillSlugs.has(normalizeTerm(tag))) skillSlugs.set(normalizeTerm(tag), slug);
    files.set(
      `skills/${slug}.md`,
      file({
        title: name,
        category: CATEGORY.slug,
        proficiency: level.proficiency,
        years: level.years && (level.years.endsWith("+") ? level.years : Number(level.years)),
        // A summary is required; this one only restates the résumé, for the owner to rewrite.
        summary:
          [PROFICIENCY[level.proficiency].label, level.years && `${level.years} years`].filter(Boolean).join(", ") +
          (tags.length ? `: ${tags.join(", ")}.` : "."),
        tags,
      }),
    );
  }
  if (files.size) notes.push("skills: each summary restates the level and keywords; rewrite them in your own words");

  const skillsNamed = (names: string[]) => [
    ...new Set(names.map((name) => skillSlugs.get(normalizeTerm(name))).filter((slug): slug is string => slug !== undefined)),
  ];

  const projectSlug = slugger();
  for (const project of list(resume.projects)) {
    const name = text(project.name);
    if (!name) {
      notes.push("projects: an entry without a name was left out");
      continue;
    }
    const slug = projectSlug(name, "project");
    const highlights = texts(project.highlights);
    const summary = text(project.description) ?? highlights[0] ?? name;
    if (!text(project.description)) notes.push(`projects/${slug}.md: no description; the summary is ${highlights[0] ? "its first highlight" : "its name"}`);
    for (const field of ["roles", "startDate", "endDate"])
      if (project[field] !== undefined) notes.push(`projects/${slug}.md: ${field} is not kept (projects here have no ${field})`);
    files.set(
      `projects/${slug}.md`,
      file({
        title: name,
        organization: text(project.entity),
        summary,
        skills: skillsNamed(texts(project.keywords)),
        outcomes: highlights,
        url: webUrl(project.url),
      }),
    );
  }

  const workSlug = slugger();
  for (const work of list(resume.work)) {
    const name = text(work.name) ?? text(work.company);
    if (!name) {
      notes.push("work: an entry without a name was left out");
      continue;
    }
    const slug = workSlug(name, "work");
    files.set(
      `experience/${slug}.md`,
      file({
        organization: name,
        role: text(work.position),
        start: partialDate(work.startDate),
        end: partialDate(work.endDate),
        location: text(work.location),
        url: webUrl(work.url),
        summary: text(work.summary) ?? text(work.description),
        highlights: texts(work.highlights),
      }),
    );
  }

  const educationSlug = slugger();
  for (const study of list(resume.education)) {
    const name = text(study.institution);
    if (!name) {
      notes.push("education: an entry without an institution was left out");
      continue;
    }
    const slug = educationSlug(name, "education");
    if (texts(study.courses).length) notes.push(`education/${slug}.md: courses are not kept`);
    files.set(
      `education/${slug}.md`,
      file({
        institution: name,
        degree: text(study.studyType),
        area: text(study.area),
        start: partialDate(study.startDate),
        end: partialDate(study.endDate),
        score: text(study.score),
        url: webUrl(study.url),
      }),
    );
  }

  const certificateSlug = slugger();
  for (const certificate of list(resume.certificates)) {
    const name = text(certificate.name);
    if (!name) continue;
    files.set(
      `certifications/${certificateSlug(name, "certificate")}.md`,
      file({ title: name, issuer: text(certificate.issuer), date: partialDate(certificate.date), url: webUrl(certificate.url) }),
    );
  }

  // An award that leads with a number is a measured result; any other is an honour, with its awarder and date.
  const awardSlug = slugger();
  const honourSlug = slugger();
  for (const award of list(resume.awards)) {
    const title = text(award.title);
    if (!title) continue;
    const written = award.result && typeof award.result === "object" ? (award.result as Json) : {};
    const figure = text(written.figure);
    const metric = text(written.metric);
    const result = figure && metric ? { figure, metric } : splitResult(title);
    if (!result) {
      const honour = { title, awarder: text(award.awarder), date: partialDate(award.date), summary: text(award.summary) };
      files.set(`honours/${honourSlug(title, "honour")}.md`, file(honour));
      continue;
    }
    files.set(
      `achievements/${awardSlug(title, "result")}.md`,
      file({ title, ...result, summary: text(award.summary) ?? (text(award.awarder) && `Awarded by ${text(award.awarder)}.`) }),
    );
  }

  const location = basics && typeof basics.location === "object" && basics.location ? (basics.location as Json) : {};
  // Where the owner is, not their street: city, region and country when given; a free-text address (as this site exports it) otherwise.
  const place = [text(location.city), text(location.region), text(location.countryCode)].filter(Boolean).join(", ") || text(location.address);
  const links = [
    ...(basics && webUrl(basics.url) ? [{ label: "Website", url: webUrl(basics.url)! }] : []),
    ...list(basics ? basics.profiles : undefined).flatMap((profile) => {
      const url = webUrl(profile.url);
      return url ? [{ label: text(profile.network) ?? new URL(url).hostname, url }] : [];
    }),
  ];
  const headline = basics ? text(basics.label) : undefined;
  const summary = basics ? text(basics.summary) : undefined;
  if (!headline) notes.push("profile.md: basics.label is missing; write a headline");
  if (!summary) notes.push("profile.md: basics.summary is missing; write a summary");
  files.set(
    "profile.md",
    file({
      name: basics ? text(basics.name) : undefined,
      headline: headline ?? "TODO: your headline",
      summary: summary ?? "TODO: one or two sentences about your work",
      email: basics ? text(basics.email) : undefined,
      location: place || undefined,
      links,
      categories: [CATEGORY],
    }),
  );
  if (basics && text(basics.phone)) notes.push("profile.md: the phone number is not kept (the site shows no phone)");
  if (basics && text(basics.image)) notes.push("profile.md: the image is not kept; add a photo with image: { src, alt }");

  for (const section of ["volunteer", "publications", "languages", "interests", "references"]) {
    const count = list(resume[section]).length;
    if (count) notes.push(`${section}: ${count} ${count === 1 ? "entry" : "entries"} not kept (this site has no ${section} section)`);
  }
  return { files, notes };
}
