import type { Talk } from "@/lib/content";
import { dateLabel } from "@/lib/format";
import { routes } from "@/lib/routes";
import { RecordEntry } from "./record-entry";

/** Where and when it was given: "KubeCon EU 2024 · Paris · Mar 2024". */
export function TalkOccasion({ talk }: { talk: Pick<Talk, "event" | "location" | "date"> }) {
  return (
    <>
      {talk.event}
      {talk.location && ` · ${talk.location}`}
      {talk.date && (
        <>
          {" · "}
          <time dateTime={talk.date.iso} className="tabular">
            {dateLabel(talk.date)}
          </time>
        </>
      )}
    </>
  );
}

/** A talk in a list: its title, where and when, and what it was about. */
export function TalkEntry({ talk, heading }: { talk: Talk; heading?: "h2" | "h3" }) {
  return (
    <RecordEntry href={routes.talk(talk.slug)} title={talk.title} heading={heading}>
      <p className="mt-1 text-sm text-tone-600 dark:text-tone-400">
        <TalkOccasion talk={talk} />
      </p>
      <p className="mt-1 max-w-2xl text-sm text-pretty text-tone-700 dark:text-tone-300">{talk.summary}</p>
    </RecordEntry>
  );
}
