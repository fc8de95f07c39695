import type { PartialDate } from "@/lib/content";
import { dateLabel, periodParts } from "@/lib/format";

/** A period as people read it ("Mar 2021 – present"), with machine-readable dates; nothing for an undated entry. */
export function Period({ className, ...period }: { start?: PartialDate; end?: PartialDate; current?: boolean; className?: string }) {
  const parts = periodParts(period);
  if (parts.length === 0) return null;
  return (
    <span className={`tabular ${className ?? ""}`}>
      {parts.map((part, index) =>
        typeof part === "string" ? (
          part
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one period never reorder.
          <time key={index} dateTime={part.iso}>
            {dateLabel(part)}
          </time>
        ),
      )}
    </span>
  );
}
