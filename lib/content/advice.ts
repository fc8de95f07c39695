/**
 * Advice on valid content: what a recruiter would miss, said with the file and
 * line to change. It never fails a check or a build; `npm run check` prints it
 * after the problems. Each rule looks at the linked content, so it sees what
 * the site will show.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CATALOGS, languageOf } from "../i18n/catalogs";
import type { Content, ContentImage } from "./records";
import { evidenceCount } from "./showcase";

export interface Advice {
  /** Path as the owner reads it: `content/skills/go.md`. */
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** Past this, search results and link previews cut a description short. */
export const DESCRIPTION_LIMIT = 160;

/** Words that carry no fact of their own in a summary. */
const FILLER = new Set(["and", "or", "with", "in", "of", "the", "a", "an", "for", "using", "used", "years", "year", "level", "skills", "skill", "experience"]);
/** Alternative texts that say nothing about the picture. */
const EMPTY_ALT = /^(?:an? )?(?:image|picture|photo|photograph|screenshot|img|logo|diagram|graphic|figure)(?: \d+)?$/i;

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ""))
    .filter((word) => word && !FILLER.has(word));

/** The line of `field:` in a file's front matter, so the advice points where to type. */
function lineOf(file: string, field: string): number | undefined {
  try {
    const index = readFileSync(path.resolve(file), "utf8")
      .split(/\r?\n/)
      .findIndex((line) => line.startsWith(`${field}:`));
    return index < 0 ? undefined : index + 1;
  } catch {
    return undefined;
  }
}

const at = (file: string, field: string | undefined, message: string): Advice => ({ file, field, line: field ? lineOf(file, field) : undefined, message });

function skillAdvice(content: Content): Advice[] {
  return content.skills.flatMap((skill) => {
    const advice: Advice[] = [];
    // What the site shows beside the summary anyway: an imported "Expert, 6 years, used with Mobile." says nothing more, nor does naming the skills beside it.
    const shown = [
      skill.title,
      ...Object.values(CATALOGS).map((catalog) => catalog.levels[skill.proficiency].label),
      skill.proficiency,
      skill.category.title,
      skill.years ? String(skill.years.value) : "",
    ];
    const neighbours = skill.category.skills.map((other) => other.title);
    const known = new Set(
      words([...shown, ...skill.tags.map((tag) => tag.label), ...skill.aliases, ...neighbours, ...skill.projects.map((project) => project.title)].join(" ")),
    );
    if (words(skill.summary).every((word) => known.has(word))) {
      advice.push(
        at(
          skill.source,
          "summary",
          "only restates the level, title and tags; a recruiter learns nothing new from it. Say what you built or ran with it, and at what scale.",
        ),
      );
    }
    if (skill.proficiency !== "learning" && evidenceCount(skill) === 0) {
      advice.push(
        at(
          skill.source,
          undefined,
          "no project, result, job, article, publication or talk names this skill, so a recruiter sees a claim without proof. Name it in the skills of a project or a job that used it.",
        ),
      );
    }
    if (skill.summary.length > DESCRIPTION_LIMIT) {
      advice.push(
        at(
          skill.source,
          "summary",
          `is ${skill.summary.length} characters; link previews and search results cut it at about ${DESCRIPTION_LIMIT}. Put what matters first.`,
        ),
      );
    }
    return advice;
  });
}

function siteAdvice(content: Content, profileFile: string): Advice[] {
  const advice: Advice[] = [];
  const practised = content.skills.filter((skill) => skill.proficiency !== "learning");
  if (practised.length > 0 && !practised.some((skill) => skill.featured)) {
    advice.push(
      at(
        profileFile,
        undefined,
        "no skill is marked `featured: true`, so home picks your strongest by level and years. Mark the few a recruiter should see first.",
      ),
    );
  }
  const used = new Set(content.skills.map((skill) => skill.category.slug));
  if (content.skills.length > 6 && used.size === 1) {
    advice.push(
      at(
        profileFile,
        "categories",
        `all ${content.skills.length} skills are in one category, so the skills page and radar show one undivided list. Group them (languages, data, infrastructure …) to show where your strength lies.`,
      ),
    );
  }
  const { locale } = content.profile;
  const language = locale && languageOf(locale);
  if (language && !(language in CATALOGS)) {
    advice.push(
      at(
        profileFile,
        "locale",
        `the interface has no messages in "${language}" yet, so its words are English around your text. Add lib/i18n/${language}.ts (the README's "Your language" says how), or write your content in ${Object.values(
          CATALOGS,
        )
          .map((catalog) => catalog.name)
          .join(" or ")}.`,
      ),
    );
  }
  return advice;
}

function resultAdvice(content: Content): Advice[] {
  return content.achievements
    .filter((achievement) => !/\d/.test(achievement.figure))
    .map((achievement) =>
      at(
        achievement.source,
        "figure",
        `"${achievement.figure}" has no number; a result is read as a measurement. Give its number (users, time, money, share) if there is one.`,
      ),
    );
}

function imageAdvice(content: Content, profileFile: string): Advice[] {
  const pictures: [string, ContentImage | undefined][] = [
    [profileFile, content.profile.image],
    ...content.projects.map((project) => [project.source, project.image] as [string, ContentImage | undefined]),
    ...content.achievements.map((achievement) => [achievement.source, achievement.image] as [string, ContentImage | undefined]),
  ];
  return pictures
    .filter(([, image]) => image && (EMPTY_ALT.test(image.alt.trim()) || /\.(?:png|jpe?g|webp|avif|gif|svg)$/i.test(image.alt.trim())))
    .map(([file, image]) =>
      at(file, "image", `alt "${image!.alt}" says nothing about the picture; someone who cannot see it misses what it shows. Describe it in a sentence.`),
    );
}

export function contentAdvice(content: Content, contentDir: string): Advice[] {
  const profileFile = path
    .join(path.relative(process.cwd(), contentDir) || ".", "profile.md")
    .split(path.sep)
    .join("/");
  return [...siteAdvice(content, profileFile), ...skillAdvice(content), ...resultAdvice(content), ...imageAdvice(content, profileFile)];
}

export function formatAdvice({ file, line, field, message }: Advice): string {
  return `advice: ${line === undefined ? file : `${file}:${line}`}${field ? ` ${field}` : ""}: ${message}`;
}
