import type { Metadata } from "next";
import Link from "next/link";
import { contextLabel, yearsLabel } from "@/components/format";
import { PrintButton } from "@/components/print-button";
import { getAchievements, getCategories, getProfile, getProjects, PROFICIENCY } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { simplePageGraph } from "@/lib/structured-data";
import { JsonLd } from "@/components/json-ld";
import { routes } from "@/lib/routes";
import { absoluteUrl, basePath } from "@/lib/site-config";

const page: PageDescription = {
  title: "Résumé",
  description: "A one-page résumé built from the same records as the portfolio, ready to print.",
  route: routes.resume,
};

export const metadata: Metadata = pageMetadata(page);

const heading = "text-xs font-semibold tracking-widest text-teal-800 uppercase dark:text-teal-300 print:text-teal-900";

/** One page, from the same records as the rest of the site; the print styles fit it to A4 and Letter. */
export default function ResumePage() {
  const profile = getProfile();
  const categories = getCategories().filter((category) => category.skills.length > 0);
  const results = getAchievements().filter((achievement) => achievement.featured);
  const projects = getProjects();
  const contact = [profile.email, profile.location, ...profile.links.map((link) => link.url)].filter(Boolean);

  return (
    <article className="mx-auto max-w-3xl rounded-2xl border border-slate-200 bg-white p-6 text-sm leading-relaxed sm:p-10 dark:border-slate-800 dark:bg-slate-900/60 print:max-w-none print:border-0 print:p-0 print:text-[10.5pt] print:leading-snug print:text-black">
      <JsonLd graph={simplePageGraph(page)} />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-slate-600 dark:text-slate-400">
          Also as <a className="font-medium text-teal-700 underline dark:text-teal-300" href={`${basePath}${routes.resumeJson}`}>JSON Resume</a>
        </p>
        <PrintButton />
      </div>

      <header className="border-b border-slate-200 pb-5 dark:border-slate-700 print:pb-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white print:text-[20pt] print:text-black">
          {profile.name ?? profile.headline}
        </h1>
        {profile.name && <p className="mt-1 text-base text-slate-700 dark:text-slate-300">{profile.headline}</p>}
        <p className="mt-2 text-slate-700 dark:text-slate-300 print:text-black">
          {profile.summary}
        </p>
        {contact.length > 0 && <p className="mt-2 text-slate-600 dark:text-slate-400">{contact.join(" · ")}</p>}
        <p className="mt-1 text-slate-500 dark:text-slate-400 print:text-black">
          {profile.experience && `${yearsLabel(profile.experience)} of production experience · `}
          Portfolio with the evidence: {absoluteUrl(routes.home)}
        </p>
      </header>

      {results.length > 0 && (
        <section className="mt-5 print:mt-3">
          <h2 className={heading}>Results</h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4 print:grid-cols-4">
            {results.map((result) => (
              <li key={result.slug}>
                <span className="tabular block text-lg font-semibold text-slate-900 dark:text-white print:text-[12pt] print:text-black">{result.figure}</span>
                <span className="text-slate-600 dark:text-slate-400 print:text-black">{result.metric}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="mt-5 print:mt-3">
        <h2 className={heading}>Skills</h2>
        <dl className="mt-2 flex flex-col gap-1.5">
          {categories.map((category) => (
            <div key={category.slug} className="sm:flex sm:gap-3">
              <dt className="shrink-0 font-semibold text-slate-900 sm:w-44 dark:text-white print:w-36 print:text-black">{category.title}</dt>
              <dd className="text-slate-700 dark:text-slate-300 print:text-black">
                {category.skills
                  .map((skill) =>
                    skill.proficiency === "learning"
                      ? skill.title
                      : `${skill.title} (${[PROFICIENCY[skill.proficiency].label, skill.years && yearsLabel(skill.years)].filter(Boolean).join(", ")})`,
                  )
                  .join(" · ")}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {projects.length > 0 && (
        <section className="mt-5 print:mt-3">
          <h2 className={heading}>Projects</h2>
          <ul className="mt-2 flex flex-col gap-2.5 print:gap-1.5">
            {projects.map((project) => {
              const context = contextLabel(project);
              return (
                <li key={project.slug} className="break-inside-avoid">
                  <p>
                    <Link href={routes.project(project.slug)} className="font-semibold text-slate-900 hover:text-teal-800 dark:text-white print:text-black">
                      {project.title}
                    </Link>
                    {context && <span className="text-slate-500 dark:text-slate-400 print:text-black"> · {context}</span>}
                  </p>
                  <p className="text-slate-700 dark:text-slate-300 print:text-black">
                    {project.summary}
                    {project.skills.length > 0 && <span className="text-slate-500 dark:text-slate-400 print:text-black"> ({project.skills.map((skill) => skill.title).join(", ")})</span>}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
