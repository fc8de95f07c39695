/** JSON Resume basics and languages → profile.md: who, where, how to reach them, the languages they speak, and the categories the skills were put in. */
import { contentFile, type Json, list, object, text, webUrl } from "./values";

/** Where the owner is, not their street: city, region and country when given; a free-text address (as this site exports it) otherwise. */
function place(location: Json): string | undefined {
  return [text(location.city), text(location.region), text(location.countryCode)].filter(Boolean).join(", ") || text(location.address);
}

/** Every profile as written: its network, username and address. */
function links(basics: Json) {
  return list(basics.profiles).flatMap((profile) => {
    const url = webUrl(profile.url);
    const username = text(profile.username);
    return url ? [{ label: text(profile.network) ?? new URL(url).hostname, url, ...(username && { username }) }] : [];
  });
}

/** The languages the owner speaks, each with its fluency as written. */
function languages(section: unknown) {
  return list(section).flatMap((entry) => {
    const language = text(entry.language);
    const fluency = text(entry.fluency);
    return language ? [{ language, ...(fluency && { fluency }) }] : [];
  });
}

export function importProfile(resume: Json, categories: { slug: string; title: string }[], notes: string[]): [string, string] {
  const basics = object(resume.basics);
  const headline = text(basics.label);
  const summary = text(basics.summary);
  if (!headline) notes.push("profile.md: basics.label is missing; write a headline");
  if (!summary) notes.push("profile.md: basics.summary is missing; write a summary");
  if (text(basics.phone)) notes.push("profile.md: the phone number is not kept (the site shows no phone)");
  if (text(basics.image)) notes.push("profile.md: the image is not kept; add a photo with image: { src, alt }");
  return [
    "profile.md",
    contentFile({
      name: text(basics.name),
      headline: headline ?? "TODO: your headline",
      summary: summary ?? "TODO: one or two sentences about your work",
      email: text(basics.email),
      location: place(object(basics.location)),
      website: webUrl(basics.url),
      links: links(basics),
      languages: languages(resume.languages),
      categories,
    }),
  ];
}
