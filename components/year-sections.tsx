import { messages } from "@/lib/i18n";
import { Section } from "./section";

/** Records under a heading for each year, the most recent first, in their own order within a year; those without a year last, as "Undated". */
export function YearSections<T extends { slug: string }>({
  records,
  year,
  entry,
}: {
  records: readonly T[];
  year: (record: T) => number | undefined;
  entry: (record: T) => React.ReactNode;
}) {
  const years = [...new Set(records.map(year))].sort((a, b) => (b ?? -Infinity) - (a ?? -Infinity));
  return (
    <div className="flex flex-col gap-10">
      {years.map((each) => {
        const title = each === undefined ? messages().dates.undated : String(each);
        return (
          <Section key={title} title={title} id={`year-${each ?? "undated"}`}>
            <ul className="flex max-w-3xl flex-col gap-8">
              {records
                .filter((record) => year(record) === each)
                .map((record) => (
                  <li key={record.slug}>{entry(record)}</li>
                ))}
            </ul>
          </Section>
        );
      })}
    </div>
  );
}
