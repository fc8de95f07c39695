/**
 * The front matter the owner writes, one schema per kind of content file.
 * These schemas are the single source of the raw types, of validation and of
 * the JSON Schema editors use; messages are phrased as "expected …" so that a
 * problem reads: `years: expected a number or "N+", got "lots"`.
 */
import { z } from "zod";
import { DEFAULT_FONT, FONT_NAMES } from "../look/fonts";
import { AA_TEXT, derivePalette, failingPairs, NEUTRAL_TONES, nearestPassingAccent } from "../look/palette";
import { isCalendarDay } from "./calendar-day";
import { PROFICIENCY_LEVELS } from "./proficiency";
import { SAFE_SLUG } from "./slug";

const SLUG_EXPECTED = 'expected a slug of lowercase letters, digits and hyphens, like "api-design"';
const YEARS_EXPECTED = 'expected a number or "N+", like 3 or "2+"';

const text = z.string().trim().min(1, { error: "expected text, got an empty value" });
const slug = z.string().regex(SAFE_SLUG, { error: SLUG_EXPECTED });
const slugList = z.array(slug).default([]);
const textList = z.array(text).default([]);
const webUrl = z.url({ protocol: /^https?$/, error: "expected a web address starting with https:// or http://" });

export const yearsSchema = z
  .union(
    [
      z.number().nonnegative({ error: YEARS_EXPECTED }),
      z
        .string()
        .trim()
        .regex(/^\d+(?:\.\d+)?\+?$/, { error: YEARS_EXPECTED }),
    ],
    {
      error: YEARS_EXPECTED,
    },
  )
  .transform((value) => {
    const written = String(value);
    return { value: Number.parseFloat(written), orMore: written.endsWith("+") };
  });

export type Years = z.output<typeof yearsSchema>;

const DATE_EXPECTED = 'expected a year, a year and month, or a day, like 2021, "2021-03" or 2021-03-15';

/** An unquoted 2021-03-15 is a YAML timestamp: read it back as the day it was written. */
const asWritten = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value);

function parseDate(written: string) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && !isCalendarDay(match[0])) return undefined;
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }), iso: match[0] };
}

/** A year, a year and month, or a day: careers dated as precisely as the owner knows them. */
export const partialDateSchema = z.preprocess(asWritten, z.union([z.number(), z.string().trim()], { error: DATE_EXPECTED })).transform((value, context) => {
  const date = parseDate(String(value));
  if (!date) {
    context.addIssue({ code: "custom", message: DATE_EXPECTED, input: value });
    return z.NEVER;
  }
  return date;
});

export type PartialDate = z.output<typeof partialDateSchema>;

function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** A period's end may not come before its start. */
function endNotBeforeStart(period: { start?: PartialDate; end?: PartialDate }, context: z.RefinementCtx): void {
  if (period.start && period.end && comparePartialDates(period.end, period.start) < 0) {
    context.addIssue({ code: "custom", path: ["end"], message: `expected an end no earlier than the start (${period.start.iso})`, input: period.end.iso });
  }
}

const linkSchema = z.strictObject({
  label: text.describe('What the link is, as shown: "GitHub", "Website"'),
  url: webUrl,
  username: text.optional().describe("Your name there, when the network has one; kept for JSON Resume"),
});

/** A picture of the record: a file next to the markdown file (or under public/ with a leading "/"), and what it shows. */
const imageSchema = z
  .strictObject({
    src: text.describe("Path to a JPEG, PNG, WebP, AVIF, GIF or SVG file, like ./architecture.png or /photo.jpg (under public/)"),
    alt: text.describe("What the picture shows, for people who cannot see it; required"),
  })
  .describe("An optional picture, encoded to AVIF and WebP at build time");

const categorySchema = z.strictObject({
  slug,
  title: text,
  description: text.optional(),
});

const hexColour = z
  .string()
  .trim()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, { error: 'expected a colour in hex, like "#0f766e"' });

/** The accent is the colour of links and buttons: it must read as text in both themes (lib/look/palette.ts). */
function readableAccent(look: { accent: string; neutral: (typeof NEUTRAL_TONES)[number] }, context: z.RefinementCtx): void {
  const [worst] = failingPairs(derivePalette(look.accent, look.neutral)).sort((a, b) => a.ratio - b.ratio);
  if (!worst) return;
  const nearest = nearestPassingAccent(look.accent, look.neutral);
  context.addIssue({
    code: "custom",
    path: ["accent"],
    input: look.accent,
    message:
      `expected a colour that text can be read in, ${AA_TEXT}:1 against its background (WCAG AA)` +
      `${nearest ? `, like "${nearest}", the nearest that is` : ""}; ${worst.use} measure ${worst.ratio.toFixed(2)}:1 in the ${worst.theme} theme`,
  });
}

export const lookSchema = z
  .strictObject({
    accent: hexColour.default("#0f766e").describe("The colour of links, buttons and the radar; a darker one if npm run check says it is hard to read"),
    neutral: z
      .enum(NEUTRAL_TONES)
      .default("slate")
      .describe("The grey of text, borders and backgrounds: slate and gray are cool, zinc and neutral plain, stone warm"),
    theme: z.enum(["system", "light", "dark"]).default("system").describe("The theme a visitor sees until they choose one; system follows their device"),
    corners: z.enum(["rounded", "square"]).default("rounded").describe("Rounded or square corners on cards, buttons and badges"),
    font: z
      .enum(FONT_NAMES)
      .default(DEFAULT_FONT)
      .describe("The typeface: geist (neo-grotesque), ibm-plex-sans (technical, humanist) or source-serif (a serif)"),
  })
  .superRefine(readableAccent);

export type Look = z.output<typeof lookSchema>;

export const profileSchema = z.strictObject({
  name: text.optional(),
  headline: text,
  summary: text,
  experience: yearsSchema.optional(),
  focus: text.optional(),
  location: text.optional(),
  email: z.email({ error: "expected an e-mail address like name@example.com" }).optional(),
  website: webUrl.optional().describe("Your own website, when it is not this site; JSON Resume's basics.url"),
  links: z.array(linkSchema).default([]),
  languages: z
    .array(
      z.strictObject({
        language: text.describe('The language, like "German"'),
        fluency: text.optional().describe('How well, in your words: "native", "fluent", "B2"'),
      }),
    )
    .default([])
    .describe("Languages you speak, shown with your contact details and on the résumé"),
  url: webUrl.optional().describe("The site's public address, used when SITE_URL is not set at build time"),
  image: imageSchema.optional().describe("A photo of you, shown on the home page and its preview image"),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}_[A-Z]{2}$/, { error: 'expected a locale like "en_US" (language_COUNTRY)' })
    .optional()
    .describe("Language and country of the text, for link previews; en_US when absent"),
  look: lookSchema.prefault({}).describe("How the site looks: accent colour, neutral tone, default theme and corners"),
  categories: z.array(categorySchema).min(1, { error: "expected at least one category" }),
});

/** Fields every page-backed record shares: an optional slug override and the slugs it used to have. */
const recordFields = {
  title: text,
  slug: slug.optional().describe("The URL segment; defaults to the file name"),
  formerSlugs: slugList.describe("Slugs this page was published under before; those URLs forward here"),
};

export const skillSchema = z.strictObject({
  ...recordFields,
  category: slug.describe("Slug of one of the categories listed in profile.md"),
  proficiency: z.enum(PROFICIENCY_LEVELS).describe("learning is shown apart from production skills, never as experience"),
  years: yearsSchema.optional().describe('Years of use: a number or "N+"'),
  featured: z.boolean().default(false).describe("Shown first, and on the home page"),
  summary: text.describe("One sentence: the lede of the skill's page and its preview"),
  tags: textList.describe("Technologies and practices involved; each gets a page"),
  aliases: textList.describe('Other spellings people search for, like "Postgres"'),
  related: slugList.describe("Slugs of related skills; linked both ways"),
});

export const PROJECT_CONTEXTS = ["company", "lab", "research", "personal", "open-source", "freelance", "client"] as const;

export const projectSchema = z
  .strictObject({
    ...recordFields,
    context: z.enum(PROJECT_CONTEXTS).optional(),
    organization: text.optional(),
    summary: text,
    start: partialDateSchema.optional().describe('When it started: 2021, "2021-03" or 2021-03-15'),
    end: partialDateSchema.optional().describe("When it ended; leave out while it goes on"),
    skills: slugList.describe("Slugs of the skills used"),
    outcomes: textList,
    featured: z.boolean().default(false),
    url: webUrl.optional(),
    repository: webUrl.optional(),
    image: imageSchema.optional().describe("A screenshot or diagram, shown on the project's card, page and preview image"),
  })
  .superRefine(endNotBeforeStart);

export const achievementSchema = z.strictObject({
  ...recordFields,
  figure: z.union([text, z.number()], { error: 'expected the figure as text, like "99.9%"' }).transform(String),
  metric: text,
  summary: text.optional(),
  projects: slugList.describe("Slugs of the projects behind this result"),
  skills: slugList.describe("Slugs of the skills behind this result"),
  featured: z.boolean().default(false).describe("One of the headline numbers on the home page"),
  image: imageSchema.optional().describe("A chart or screenshot of the result, shown on its page"),
});

export type ProfileFrontMatter = z.output<typeof profileSchema>;
export type SkillFrontMatter = z.output<typeof skillSchema>;
export type ProjectFrontMatter = z.output<typeof projectSchema>;
export type AchievementFrontMatter = z.output<typeof achievementSchema>;
export type ProjectContext = (typeof PROJECT_CONTEXTS)[number];

export const experienceSchema = z
  .strictObject({
    organization: text.describe("Where you worked"),
    role: text.optional().describe("Your role or title there; leave out if you would rather not say"),
    volunteer: z.boolean().default(false).describe("Unpaid work for a cause: shown as volunteering, and JSON Resume's volunteer section"),
    start: partialDateSchema.optional().describe('When it started: 2021, "2021-03" or 2021-03-15'),
    end: partialDateSchema.optional().describe("When it ended; leave out while it goes on (with a start, it reads as current)"),
    location: text.optional(),
    url: webUrl.optional().describe("The organization's website"),
    summary: text.optional().describe("One sentence on the work"),
    highlights: textList.describe("Short lines with what you did and its figures"),
    skills: slugList.describe("Slugs of the skills used there"),
    projects: slugList.describe("Slugs of the projects done there"),
  })
  .superRefine(endNotBeforeStart);

export const educationSchema = z
  .strictObject({
    institution: text,
    degree: text.optional().describe('The kind of study, like "BSc" or "Exchange semester"'),
    area: text.optional().describe('The field, like "Computer Science"'),
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    location: text.optional(),
    score: text.optional().describe('A grade, if you want it shown, like "3.9 GPA"'),
    url: webUrl.optional(),
    summary: text.optional(),
    skills: slugList.describe("Slugs of the skills it covered"),
  })
  .superRefine(endNotBeforeStart);

export const certificationSchema = z.strictObject({
  title: text,
  issuer: text.optional().describe("Who issued it"),
  date: partialDateSchema.optional().describe('When it was issued: 2021, "2021-03" or 2021-03-15'),
  url: webUrl.optional().describe("Where it can be verified"),
  summary: text.optional(),
  skills: slugList.describe("Slugs of the skills it covers"),
});

/** An award, prize or honour: who gave it and when, never a number to measure. */
export const honourSchema = z.strictObject({
  title: text.describe('What it is called, like "Best Mobile App"'),
  awarder: text.optional().describe("Who gave it"),
  date: partialDateSchema.optional().describe('When: 2021, "2021-03" or 2021-03-15'),
  url: webUrl.optional().describe("Where it is announced"),
  summary: text.optional(),
  skills: slugList.describe("Slugs of the skills it recognises"),
});

export type ExperienceFrontMatter = z.output<typeof experienceSchema>;
export type EducationFrontMatter = z.output<typeof educationSchema>;
export type CertificationFrontMatter = z.output<typeof certificationSchema>;
export type HonourFrontMatter = z.output<typeof honourSchema>;

/** A DOI as registered ("10.1145/3290605.3300233"), never as a link: the page makes the link. */
const DOI = /^10\.\d{4,9}\/\S+$/;

/** A paper, article or chapter the owner wrote or co-wrote. */
export const publicationSchema = z.strictObject({
  ...recordFields,
  authors: z.array(text).min(1, { error: "expected at least one author, like [Jane Doe, Ada Lovelace]" }).describe("Every author, in the order printed"),
  venue: text.optional().describe("Where it appeared: the journal, conference or publisher"),
  date: partialDateSchema.optional().describe('When it appeared: 2021, "2021-03" or 2021-03-15'),
  doi: z
    .string()
    .trim()
    .regex(DOI, { error: 'expected a DOI like "10.1145/3290605.3300233", without https://doi.org/' })
    .optional()
    .describe("Its DOI, without https://doi.org/"),
  url: webUrl.optional().describe("Where it can be read"),
  abstract: text.describe("A sentence or a paragraph on what it found: the lede of its page and its preview"),
  skills: slugList.describe("Slugs of the skills it shows"),
  featured: z.boolean().default(false).describe("Shown first in the list"),
});

export type PublicationFrontMatter = z.output<typeof publicationSchema>;

/** A talk the owner gave: at which event, when and where, with its slides and recording. */
export const talkSchema = z.strictObject({
  ...recordFields,
  event: text.describe('Where it was given: the conference or meetup, like "KubeCon EU 2024"'),
  date: partialDateSchema.optional().describe('When: 2024, "2024-03" or 2024-03-21'),
  location: text.optional().describe('Where: a city, or "Online"'),
  summary: text.describe("One or two sentences on what it was about: the lede of its page and its preview"),
  slides: webUrl.optional().describe("Where the slides can be seen"),
  recording: webUrl.optional().describe("Where the recording can be watched"),
  skills: slugList.describe("Slugs of the skills it covers"),
  featured: z.boolean().default(false).describe("Shown first in the list"),
});

export type TalkFrontMatter = z.output<typeof talkSchema>;

/** An article or note the owner wrote, published on this site. */
export const articleSchema = z.strictObject({
  ...recordFields,
  date: partialDateSchema.describe('When it was written: 2024, "2024-03" or 2024-03-21'),
  summary: text.describe("One or two sentences: the lede of its page, its preview and its feed entry"),
  tags: textList.describe("Topics it is about, shown under its title"),
  skills: slugList.describe("Slugs of the skills it shows; it is listed as evidence on their pages"),
  featured: z.boolean().default(false).describe("Shown first in the list"),
});

export type ArticleFrontMatter = z.output<typeof articleSchema>;
