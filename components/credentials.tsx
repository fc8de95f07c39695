import type { Certification, Education, Honour } from "@/lib/content";
import { dateLabel } from "@/lib/format";
import { fill, messages } from "@/lib/i18n";
import { Period } from "./period";
import { SkillChips } from "./skill-chips";

const card = "rounded-xl border border-tone-200 bg-white p-5 dark:border-tone-800 dark:bg-tone-900";

/** Degrees and courses: where, what, when; every part but the institution optional. */
export function EducationList({ education }: { education: Education[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {education.map((entry) => (
        <li key={entry.slug} id={`education-${entry.slug}`} className={`${card} scroll-mt-8`}>
          <h3 className="font-semibold text-tone-900 dark:text-white">{entry.institution}</h3>
          {(entry.degree || entry.area) && <p className="mt-1 text-tone-700 dark:text-tone-300">{[entry.degree, entry.area].filter(Boolean).join(", ")}</p>}
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-tone-600 dark:text-tone-400">
            <Period start={entry.start} end={entry.end} />
            {entry.location && <span>{entry.location}</span>}
            {entry.score && <span>{entry.score}</span>}
          </p>
          {entry.summary && <p className="mt-2 text-sm text-tone-700 dark:text-tone-300">{entry.summary}</p>}
          {entry.skills.length > 0 && (
            <div className="mt-3">
              <SkillChips skills={entry.skills} label={fill(messages().experience.skillsFrom, { institution: entry.institution })} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A certificate or an honour as a card: what, who gave it and when, a link to check it, the skills it names. */
interface Credential {
  id: string;
  entry: Certification | Honour;
  by?: string;
  link: string;
  skillsLabel: string;
}

function CredentialList({ credentials }: { credentials: Credential[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {credentials.map(({ id, entry, by, link, skillsLabel }) => (
        <li key={id} id={id} className={`${card} scroll-mt-8`}>
          <h3 className="font-semibold text-tone-900 dark:text-white">{entry.title}</h3>
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-tone-600 dark:text-tone-400">
            {by && <span>{by}</span>}
            {entry.date && <time dateTime={entry.date.iso}>{dateLabel(entry.date)}</time>}
          </p>
          {entry.summary && <p className="mt-2 text-sm text-tone-700 dark:text-tone-300">{entry.summary}</p>}
          {entry.url && (
            <p className="mt-2 text-sm">
              <a href={entry.url} rel="noopener" className="font-medium text-accent-strong hover:underline">
                {link}
                <span className="sr-only"> {entry.title}</span>
              </a>
            </p>
          )}
          {entry.skills.length > 0 && (
            <div className="mt-3">
              <SkillChips skills={entry.skills} label={skillsLabel} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Certificates, each with its issuer, date and where to verify it. */
export function CertificationList({ certifications }: { certifications: Certification[] }) {
  const credentials = certifications.map((entry) => ({
    id: `certification-${entry.slug}`,
    entry,
    by: entry.issuer,
    link: messages().experience.verify,
    skillsLabel: fill(messages().experience.skillsCovered, { title: entry.title }),
  }));
  return <CredentialList credentials={credentials} />;
}

/** Honours and awards: what, who gave it and when; never a number to measure. */
export function HonourList({ honours }: { honours: Honour[] }) {
  const credentials = honours.map((entry) => ({
    id: `honour-${entry.slug}`,
    entry,
    by: entry.awarder,
    link: messages().experience.announcement,
    skillsLabel: fill(messages().experience.skillsRecognised, { title: entry.title }),
  }));
  return <CredentialList credentials={credentials} />;
}
