/**
 * How a publication is cited: its authors in one line, its DOI as a link, and
 * a BibTeX entry a reader can copy into their own references.
 */
import type { Publication } from "./content";
import { fileSlug } from "./content/slug";
import { listed } from "./i18n";

/** The address a DOI resolves at. */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** "Jane Doe, Ada Lovelace and Alan Turing", "… und Alan Turing". */
export function authorsLine(authors: readonly string[]): string {
  return listed(authors);
}

/** Text as BibTeX reads it inside braces: its special characters escaped. */
function bibtexText(text: string): string {
  return text
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([{}&%$#_])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

/** "doe2021offline": the first author's last name, the year and the title's first word, transliterated to ASCII ("Łukasiewicz" → "lukasiewicz"). */
function citationKey(publication: Pick<Publication, "authors" | "date" | "title">): string {
  const ascii = (text: string) => fileSlug(text).replace(/-/g, "");
  const surname = ascii(publication.authors[0]?.trim().split(/\s+/).at(-1) ?? "");
  const word = ascii(publication.title.trim().split(/\s+/)[0] ?? "");
  return `${surname}${publication.date?.year ?? ""}${word}` || "publication";
}

/** The BibTeX entry of a publication, fields in the usual order; what is unknown is left out. */
export function bibtex(publication: Pick<Publication, "authors" | "title" | "venue" | "date" | "doi" | "url">): string {
  const fields: [string, string | undefined][] = [
    ["author", publication.authors.map(bibtexText).join(" and ")],
    ["title", bibtexText(publication.title)],
    ["journal", publication.venue && bibtexText(publication.venue)],
    ["year", publication.date && String(publication.date.year)],
    ["month", publication.date?.month ? String(publication.date.month) : undefined],
    ["doi", publication.doi],
    ["url", publication.url],
  ];
  const lines = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}}`);
  return `@article{${citationKey(publication)},\n${lines.join(",\n")}\n}`;
}
