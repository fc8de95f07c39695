/**
 * Articles, which JSON Resume has no section for: read back from the
 * `writing` this site writes beside its sections. The text of an article
 * lives on its page, not in the résumé, so only its title, date, summary
 * and topics come back; the import says so.
 */
import { contentFile, namedEntries, partialDate, text, texts } from "./values";

export function importWriting(section: unknown, notes: string[], skillsNamed: (lines: string[]) => string[]): [string, string][] {
  const entries = namedEntries(
    section,
    { name: (article) => text(article.name), fallback: "article", missing: "writing: an entry without a name was left out" },
    notes,
  );
  const files = entries.flatMap(({ entry, name, slug }) => {
    const date = partialDate(entry.date);
    const summary = text(entry.summary);
    if (!date || !summary) {
      notes.push(`writing: "${name}" was left out: an article needs its date and a summary`);
      return [];
    }
    const file = contentFile({ title: name, date, summary, tags: texts(entry.keywords), skills: skillsNamed([name, summary]) });
    return [[`writing/${slug}.md`, file] as [string, string]];
  });
  if (files.length)
    notes.push(
      `writing: ${files.length === 1 ? "1 article keeps" : `${files.length} articles keep`} its title, date and summary; copy the text in from where it was published`,
    );
  return files;
}
