import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { ProjectCard } from "@/components/project-card";
import { getProjects } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Projects",
  description: "Projects and workplaces, with their context, stack and measured outcomes.",
  route: routes.projects,
};

export const metadata: Metadata = pageMetadata(page);

export default function ProjectsPage() {
  const projects = getProjects();
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Projects" lede="Where the skills were used: the context, the stack and what came out of it." />
      {projects.length === 0 ? (
        <p className="text-tone-600 dark:text-tone-400">No projects have been added yet.</p>
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
