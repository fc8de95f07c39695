import type { Certification, Education, Experience, Honour } from "@/lib/content";
import { routes } from "@/lib/routes";
import { Chip, ChipList } from "./chip";

type CareerRecord = Experience | Education | Certification | Honour;

const name = (record: CareerRecord) => (record.kind === "experience" ? record.organization : record.kind === "education" ? record.institution : record.title);

/** Where a skill or project was used or learned, each leading to its entry on the experience page. */
export function CareerLinks({ records, label }: { records: CareerRecord[]; label: string }) {
  return (
    <ChipList label={label}>
      {records.map((record) => (
        <li key={`${record.kind}-${record.slug}`}>
          <Chip href={routes.careerEntry(record)}>{name(record)}</Chip>
        </li>
      ))}
    </ChipList>
  );
}
