import { Link } from "@/components/link";
import type { Project } from "@/lib/content";
import { contextLabel } from "@/lib/format";
import { fill, messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { Chip, ChipList } from "./chip";
import { Picture } from "./picture";

/** Cards sit two to a row from md up, inside the 64rem page. */
const CARD_IMAGE_SIZES = "(min-width: 48rem) 30rem, calc(100vw - 2.5rem)";

/** A project with its context, what it was, its headline figure and its stack. */
export function ProjectCard({ project, heading: Heading = "h3" }: { project: Project; heading?: "h2" | "h3" }) {
  const context = contextLabel(project);
  const [keyResult] = project.achievements;
  return (
    <article className="flex h-full flex-col rounded-xl border border-tone-200 bg-white p-5 dark:border-tone-800 dark:bg-tone-900/60">
      {project.image && (
        <div className="-mx-5 -mt-5 mb-4 overflow-hidden rounded-t-xl border-b border-tone-200 dark:border-tone-800">
          <Picture image={project.image} sizes={CARD_IMAGE_SIZES} className="aspect-video w-full object-cover" />
        </div>
      )}
      {context && <p className="text-xs font-medium tracking-wide text-tone-500 uppercase dark:text-tone-400">{context}</p>}
      <Heading className="mt-1 text-lg font-semibold text-tone-900 dark:text-white">
        <Link href={routes.project(project.slug)} className="hover:text-accent-strong">
          {project.title}
        </Link>
      </Heading>
      <p className="mt-2 text-sm text-pretty text-tone-700 dark:text-tone-300">{project.summary}</p>
      {keyResult && (
        <p className="mt-4">
          <Link href={routes.achievement(keyResult.slug)} className="group inline-flex items-baseline gap-2">
            <span className="tabular shrink-0 text-2xl font-semibold whitespace-nowrap text-accent-strong">{keyResult.figure}</span>
            <span className="text-sm text-tone-600 group-hover:underline dark:text-tone-400">{keyResult.metric}</span>
          </Link>
        </p>
      )}
      {project.skills.length > 0 && (
        <div className="mt-auto pt-4">
          <ChipList label={fill(messages().projects.skillsUsedLabel, { project: project.title })}>
            {project.skills.map((skill) => (
              <li key={skill.slug}>
                <Chip href={routes.skill(skill.slug)}>{skill.title}</Chip>
              </li>
            ))}
          </ChipList>
        </div>
      )}
    </article>
  );
}
