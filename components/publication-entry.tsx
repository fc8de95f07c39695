import type { Publication } from "@/lib/content";
import { dateLabel } from "@/lib/format";
import { authorsLine } from "@/lib/publication";
import { routes } from "@/lib/routes";
import { RecordEntry } from "./record-entry";

/** Where and when it appeared: "Proceedings of X · Mar 2021". */
export function PublicationVenue({ publication }: { publication: Pick<Publication, "venue" | "date"> }) {
  const { venue, date } = publication;
  if (!venue && !date) return null;
  return (
    <>
      {venue && <span className="italic">{venue}</span>}
      {venue && date && " · "}
      {date && (
        <time dateTime={date.iso} className="tabular">
          {dateLabel(date)}
        </time>
      )}
    </>
  );
}

/** A publication as a reference list shows it: title, authors, venue and date. */
export function PublicationEntry({ publication, heading }: { publication: Publication; heading?: "h2" | "h3" }) {
  return (
    <RecordEntry href={routes.publication(publication.slug)} title={publication.title} heading={heading}>
      <p className="mt-1 text-sm text-tone-700 dark:text-tone-300">{authorsLine(publication.authors)}</p>
      <p className="mt-0.5 text-sm text-tone-600 dark:text-tone-400">
        <PublicationVenue publication={publication} />
      </p>
    </RecordEntry>
  );
}
