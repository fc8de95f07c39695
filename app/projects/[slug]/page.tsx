import { notFound } from "next/navigation";
import { Evidence } from "@/components/evidence";
import { ExternalLinks } from "@/components/external-links";
import { JsonLd } from "@/components/json-ld";
import { LinkArrow } from "@/components/link-arrow";
import { MovedPage } from "@/components/moved-page";
import { Picture } from "@/components/picture";
import { ProjectIntro } from "@/components/project-intro";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { SkillChips } from "@/components/skill-chips";
import { resolveRecord } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { type RecordPageProps, recordMetadata, recordStaticParams } from "@/lib/record-page";
import { routes } from "@/lib/routes";
import { projectGraph } from "@/lib/structured-data";

export const dynamicParams = false;

export const generateStaticParams = () => recordStaticParams("project");

export const generateMetadata = (props: RecordPageProps) => recordMetadata("project", props);

export default async function ProjectPage({ params }: RecordPageProps) {
  const resolved = resolveRecord("project", (await params).slug);
  if (!resolved) notFound();
  if (resolved.moved) return <MovedPage record={resolved.record} />;
  const project = resolved.record;
  const t = messages();

  return (
    <article className="flex flex-col gap-12">
      <JsonLd graph={projectGraph(project)} />
      <ProjectIntro project={project} />

      {project.image && (
        <figure className="-mt-4 overflow-hidden rounded-xl border border-tone-200 dark:border-tone-800">
          <Picture image={project.image} sizes="(min-width: 64rem) 60rem, calc(100vw - 2.5rem)" className="block h-auto w-full" priority />
        </figure>
      )}

      {project.outcomes.length > 0 && (
        <Section title={t.projects.outcomes}>
          <ul className="flex max-w-2xl list-disc flex-col gap-2 pl-5 text-tone-700 marker:text-accent dark:text-tone-300">
            {project.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        </Section>
      )}

      {project.achievements.length > 0 && (
        <Section title={t.projects.measuredResults}>
          <Evidence achievements={project.achievements} projects={[]} />
        </Section>
      )}

      {project.skills.length > 0 && (
        <Section title={t.projects.skillsUsed}>
          <SkillChips skills={project.skills} label={fill(t.projects.skillsUsedLabel, { project: project.title })} />
        </Section>
      )}

      {project.html.trim() && (
        <Section title={t.projects.about}>
          <div className="max-w-2xl">
            <Prose html={project.html} />
          </div>
        </Section>
      )}

      <ExternalLinks
        links={[
          { label: t.projects.visit, url: project.url },
          { label: t.projects.source, url: project.repository },
        ]}
      />

      <LinkArrow href={routes.projects}>{t.projects.all}</LinkArrow>
    </article>
  );
}
