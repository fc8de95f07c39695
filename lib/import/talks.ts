/** Talks, which JSON Resume has no section for: read back from the `talks` this site writes beside its sections. */
import { contentFile, namedEntries, partialDate, text, webUrl } from "./values";

export function importTalks(section: unknown, notes: string[], skillsNamed: (lines: string[]) => string[]): [string, string][] {
  const entries = namedEntries(section, { name: (talk) => text(talk.name), fallback: "talk", missing: "talks: an entry without a name was left out" }, notes);
  return entries.flatMap(({ entry, name, slug }) => {
    const event = text(entry.event);
    const summary = text(entry.summary);
    if (!event || !summary) {
      notes.push(`talks: "${name}" was left out: a talk needs the event it was given at and a summary`);
      return [];
    }
    return [
      [
        `talks/${slug}.md`,
        contentFile({
          title: name,
          event,
          date: partialDate(entry.date),
          location: text(entry.location),
          summary,
          slides: webUrl(entry.slides),
          recording: webUrl(entry.recording),
          skills: skillsNamed([name, summary]),
        }),
      ] as [string, string],
    ];
  });
}
