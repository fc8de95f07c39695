import { Link } from "@/components/link";
import type { Experience } from "@/lib/content";
import { roleLabel } from "@/lib/format";
import { counted, fill, messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { Period } from "./period";
import { SkillChips } from "./skill-chips";

/**
 * Work as a timeline, most recent first. Every part but the organization is
 * optional, so an entry with no role and no dates still reads as a place of
 * work with what was done there. `compact` (home) leaves out the highlights
 * and the skills.
 */
export function ExperienceTimeline({ experience, compact = false }: { experience: Experience[]; compact?: boolean }) {
  const t = messages().experience;
  return (
    <ol className="relative flex flex-col gap-8 border-l border-tone-200 pl-6 dark:border-tone-800">
      {experience.map((entry) => (
        <li key={entry.slug} id={compact ? undefined : `experience-${entry.slug}`} className="relative scroll-mt-8">
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[calc(1.875rem+0.5px)] size-3 rounded-full ring-4 ring-tone-50 dark:ring-tone-950 ${
              entry.current ? "bg-accent" : "bg-tone-300 dark:bg-tone-600"
            }`}
          />
          <h3 className="text-lg font-semibold text-tone-900 dark:text-white">
            {compact ? (
              <Link href={routes.careerEntry(entry)} className="hover:text-accent-strong">
                {entry.organization}
              </Link>
            ) : (
              entry.organization
            )}
          </h3>
          <p className="mt-0.5 flex flex-wrap gap-x-3 text-sm text-tone-600 dark:text-tone-400">
            {roleLabel(entry) && <span className="font-medium text-tone-800 dark:text-tone-200">{roleLabel(entry)}</span>}
            <Period start={entry.start} end={entry.end} current={entry.current} />
            {entry.location && <span>{entry.location}</span>}
            {entry.current && <span className="text-accent-strong">{t.current}</span>}
          </p>
          {entry.summary && <p className="mt-2 max-w-2xl text-tone-700 dark:text-tone-300">{entry.summary}</p>}
          {!compact && entry.highlights.length > 0 && (
            <ul className="mt-3 flex max-w-2xl list-disc flex-col gap-1 pl-5 text-tone-700 marker:text-tone-400 dark:text-tone-300">
              {entry.highlights.map((highlight) => (
                <li key={highlight}>{highlight}</li>
              ))}
            </ul>
          )}
          {entry.projects.length > 0 && (
            <p className="mt-3 text-sm text-tone-600 dark:text-tone-400">
              {counted(t.projects, entry.projects.length)}{" "}
              {entry.projects.map((project, index) => (
                <span key={project.slug}>
                  {index > 0 && ", "}
                  <Link href={routes.project(project.slug)} className="font-medium text-accent-strong hover:underline">
                    {project.title}
                  </Link>
                </span>
              ))}
            </p>
          )}
          {!compact && entry.skills.length > 0 && (
            <div className="mt-3">
              <SkillChips skills={entry.skills} label={fill(t.skillsAt, { organization: entry.organization })} />
            </div>
          )}
          {!compact && entry.url && (
            <p className="mt-2 text-sm">
              <a href={entry.url} rel="noopener" className="text-accent-strong hover:underline">
                {new URL(entry.url).host}
              </a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
