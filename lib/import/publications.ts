/**
 * JSON Resume publications → publication files. The schema has no authors:
 * its publications are the owner's, so the owner is the author unless the
 * entry lists `authors` (as this site exports them). A DOI comes from `doi`,
 * or from a doi.org address, which then is not kept again as the URL.
 */
import { PLACEHOLDER } from "@/lib/content/placeholder";
import { contentFile, type Json, namedEntries, partialDate, text, texts, webUrl } from "./values";

const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i;

function doiOf(entry: Json): { doi?: string; url?: string } {
  const url = webUrl(entry.url);
  const fromUrl = url && DOI_URL.exec(url)?.[1];
  const doi = text(entry.doi) ?? (fromUrl ? decodeURIComponent(fromUrl) : undefined);
  return { doi, url: fromUrl ? undefined : url };
}

export function importPublications(
  section: unknown,
  owner: string | undefined,
  notes: string[],
  skillsNamed: (lines: string[]) => string[],
): [string, string][] {
  const entries = namedEntries(
    section,
    { name: (publication) => text(publication.name), fallback: "publication", missing: "publications: an entry without a name was left out" },
    notes,
  );
  return entries.map(({ entry, name, slug }) => {
    const authors = texts(entry.authors);
    if (!authors.length && !owner) notes.push(`publications/${slug}.md: no author is known; write the authors in`);
    const abstract = text(entry.summary);
    if (!abstract) notes.push(`publications/${slug}.md: no summary to show as its abstract; write one in`);
    return [
      `publications/${slug}.md`,
      contentFile({
        title: name,
        authors: authors.length ? authors : [owner ?? `${PLACEHOLDER} the authors`],
        venue: text(entry.publisher),
        date: partialDate(entry.releaseDate),
        ...doiOf(entry),
        abstract: abstract ?? `${PLACEHOLDER} what ${name} found, in a sentence or two.`,
        skills: skillsNamed([name, abstract ?? ""]),
      }),
    ];
  });
}
