import { CareerLinks } from "@/components/career-links";
import { CopyLinkButton } from "@/components/copy-link-button";
import { Link } from "@/components/link";
import { PageIntro } from "@/components/page-intro";
import { Period } from "@/components/period";
import type { Project } from "@/lib/content";
import { contextLabel } from "@/lib/format";
import { messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";

/** The head of a project's page: where and when it was done, its name and summary, and the work it was part of. */
export function ProjectIntro({ project }: { project: Project }) {
  const t = messages();
  const context = contextLabel(project);
  return (
    <PageIntro
      eyebrow={
        <>
          <Link href={routes.projects}>{t.sections.project.label}</Link>
          {context && <span> · {context}</span>}
          {project.start || project.end ? (
            <span>
              {" · "}
              <Period start={project.start} end={project.end} current={Boolean(project.start && !project.end)} />
            </span>
          ) : null}
        </>
      }
      title={project.title}
      lede={project.summary}
      actions={<CopyLinkButton labels={t.copy.link} />}
    >
      {project.experience.length > 0 && <CareerLinks records={project.experience} label={t.projects.whereDone} />}
    </PageIntro>
  );
}
