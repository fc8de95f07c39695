/**
 * Examples built from the owner's own skills, so the hints and the sample job
 * posting fit whoever owns the site.
 */
import type { Skill } from "@/lib/content";
import { fill, listed, messages } from "@/lib/i18n";
import { matchPosting } from "./match-posting";
import { buildSkillIndex } from "./skill-index";
import { TECH_VOCABULARY } from "./tech-vocabulary";

/** A word to suggest in the search box: another spelling if the owner gave one, else a tag, else a title. */
export function searchExample(skills: readonly Skill[]): string | undefined {
  return skills.find((skill) => skill.aliases.length)?.aliases[0] ?? skills.find((skill) => skill.tags.length)?.tags[0]?.label ?? skills[0]?.title;
}

/**
 * A short posting a recruiter could have written for this engineer: their
 * strongest skills as requirements, the next ones and something they are
 * learning as pluses, and two common technologies the site does not cover, so
 * the example shows every part of a match.
 */
export function examplePosting(skills: readonly Skill[]): string {
  const practised = skills.filter((skill) => skill.proficiency !== "learning");
  const strongest = [...practised].sort((a, b) => Number(b.featured) - Number(a.featured)).map((skill) => skill.title);
  const index = buildSkillIndex(skills);
  // A plus that names only what the owner is learning ("Postgres" would also find their PostgreSQL).
  const learning = skills
    .filter((skill) => skill.proficiency === "learning")
    .map((skill) => skill.title)
    .filter((title) => matchPosting(title, index).matched.length === 0);
  const uncovered = TECH_VOCABULARY.map((term) => term.name)
    .filter((name) => matchPosting(name, index).missing.includes(name))
    .slice(0, 2);

  const words = messages().examplePosting;
  const requirements = [
    strongest.length && `- ${fill(words.production, { skills: listed(strongest.slice(0, 3)) })}`,
    strongest.length > 3 && `- ${fill(words.comfortable, { skills: listed(strongest.slice(3, 5)) })}`,
    uncovered.length && `- ${listed(uncovered)}`,
  ];
  const pluses = [learning.length && `- ${learning[0]}`, strongest.length > 5 && `- ${strongest[5]}`];
  return [
    words.intro,
    "",
    words.requirements,
    ...requirements.filter(Boolean),
    ...(pluses.some(Boolean) ? ["", words.niceToHave, ...pluses.filter(Boolean)] : []),
  ].join("\n");
}
