import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { ProjectCard } from "@/components/project-card";
import { getProjects } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.sections.project.label, description: t.projects.description, route: routes.projects };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

export default function ProjectsPage() {
  const t = messages();
  const projects = getProjects();
  return (
    <>
      <JsonLd graph={simplePageGraph(page(), "CollectionPage")} />
      <PageIntro title={t.sections.project.label} lede={t.projects.lede} />
      {projects.length === 0 ? (
        <p className="text-tone-600 dark:text-tone-400">{t.projects.empty}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {projects.map((project) => (
            <li key={project.slug}>
              <ProjectCard project={project} heading="h2" />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
