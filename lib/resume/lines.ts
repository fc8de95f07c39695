/**
 * How the résumé words its facts, shared by the page (/resume/) and the PDF
 * (/resume.pdf) so that the two always say the same thing.
 */
import type { Experience, Profile, Skill } from "@/lib/content";
import { profileLinks } from "@/lib/content";
import { roleLabel, yearsLabel } from "@/lib/format";
import { fill, messages } from "@/lib/i18n";

/** "PostgreSQL (Expert, 3+ years)"; a skill being learned is named without a level, which it has not earned yet. */
export function skillLine(skill: Skill): string {
  if (skill.proficiency === "learning") return skill.title;
  const detail = [messages().levels[skill.proficiency].label, skill.years && yearsLabel(skill.years)].filter(Boolean).join(", ");
  return `${skill.title} (${detail})`;
}

/** "Mentor (volunteer), Berlin": a job's role and place, as the résumé's page and PDF word them. */
export function workDetail(work: Pick<Experience, "role" | "volunteer" | "location">): string | undefined {
  return [roleLabel(work), work.location].filter(Boolean).join(", ") || undefined;
}

/** An address as people write it: "github.com/jane" rather than "https://github.com/jane/". */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
}

/** "English (native), German (B2)": the languages the owner speaks, as one line. */
export function spokenLanguages(profile: Pick<Profile, "languages">): string | undefined {
  if (!profile.languages.length) return undefined;
  return profile.languages.map(({ language, fluency }) => (fluency ? `${language} (${fluency})` : language)).join(", ");
}

export interface ContactItem {
  text: string;
  url?: string;
}

/** The ways to reach the owner, in the order a recruiter wants them: e-mail, place, links, then the languages to do it in. */
export function contactItems(profile: Profile): ContactItem[] {
  const languages = spokenLanguages(profile);
  return [
    ...(profile.email ? [{ text: profile.email, url: `mailto:${profile.email}` }] : []),
    ...(profile.location ? [{ text: profile.location }] : []),
    ...profileLinks(profile).map((link) => ({ text: shortUrl(link.url), url: link.url })),
    ...(languages ? [{ text: fill(messages().words.speaks, { languages }) }] : []),
  ];
}
