import type { Metadata } from "next";
import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { Period } from "@/components/period";
import { PostingOrder, PostingOrdered } from "@/components/posting-order";
import { PrintButton } from "@/components/print-button";
import { getContent, type PartialDate } from "@/lib/content";
import { contextLabel, dateLabel, yearsLabel } from "@/lib/format";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { contactItems, skillLine, workDetail } from "@/lib/resume/lines";
import { routes } from "@/lib/routes";
import { sameWords } from "@/lib/same-words";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { absoluteUrl, basePath } from "@/lib/site-config";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Résumé",
  description: "A one-page résumé built from the same records as the portfolio, ready to print.",
  route: routes.resume,
};

export const metadata: Metadata = pageMetadata(page);

const heading = "text-xs font-semibold tracking-widest text-teal-800 uppercase dark:text-teal-300 print:text-teal-900";
const strong = "font-semibold text-slate-900 dark:text-white print:text-black";
const muted = "text-slate-500 dark:text-slate-400 print:text-black";
const body = "text-slate-700 dark:text-slate-300 print:text-black";
const textLink = "font-medium text-teal-700 underline dark:text-teal-300";

const slugs = (records: readonly { slug: string }[]) => records.map((record) => record.slug);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-5 print:mt-2.5">
      <h2 className={heading}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * One page, from the same records as the rest of the site; the print styles
 * fit it to A4 and Letter. Opened from /match/ with a posting in the URL
 * fragment, the lists put what the posting asks for first (PostingOrder).
 */
export default function ResumePage() {
  const { profile, categories, skills, projects, achievements, experience, education, certifications, honours } = getContent();
  const contact = contactItems(profile);

  return (
    <article className="mx-auto max-w-3xl rounded-2xl border border-slate-200 bg-white p-6 text-sm leading-relaxed sm:p-10 dark:border-slate-800 dark:bg-slate-900/60 print:max-w-none print:border-0 print:p-0 print:text-[9.5pt] print:leading-snug print:text-black">
      <JsonLd graph={simplePageGraph(page)} />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-slate-600 dark:text-slate-400">
          Also as a{" "}
          <a className={textLink} href={`${basePath}${routes.resumePdf}`}>
            PDF file
          </a>{" "}
          and as{" "}
          <a className={textLink} href={`${basePath}${routes.resumeJson}`}>
            JSON Resume
          </a>
        </p>
        <PrintButton />
      </div>

      <PostingOrder index={buildSkillIndex(skills)}>
        <header className="border-b border-slate-200 pb-5 dark:border-slate-700 print:pb-3">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white print:text-[18pt] print:text-black">
            {profile.name ?? profile.headline}
          </h1>
          {profile.name && <p className="mt-1 text-base text-slate-700 dark:text-slate-300">{profile.headline}</p>}
          <p className={`mt-2 ${body}`}>{profile.summary}</p>
          {contact.length > 0 && <p className="mt-2 text-slate-600 dark:text-slate-400 print:text-black">{contact.map((item) => item.text).join(" · ")}</p>}
          <p className={`mt-1 ${muted}`}>
            {profile.experience && `${yearsLabel(profile.experience)} of production experience · `}
            Portfolio with the evidence: {absoluteUrl(routes.home)}
          </p>
        </header>

        {experience.length > 0 && (
          <Section title="Experience">
            <PostingOrdered
              className="mt-2 flex flex-col gap-2.5 print:gap-1"
              itemClassName="break-inside-avoid"
              items={experience.map((work) => ({
                key: work.slug,
                skills: [...slugs(work.skills), ...work.projects.flatMap((project) => slugs(project.skills))],
                node: (
                  <>
                    <p className="flex flex-wrap justify-between gap-x-4">
                      <span>
                        <span className={strong}>{work.organization}</span>
                        {workDetail(work) && <span className={muted}> · {workDetail(work)}</span>}
                      </span>
                      <Period start={work.start} end={work.end} current={work.current} className={muted} />
                    </p>
                    {work.summary && <p className={body}>{work.summary}</p>}
                    {work.highlights.length > 0 && (
                      <ul className={`list-disc pl-5 ${body}`}>
                        {work.highlights.map((highlight) => (
                          <li key={highlight}>{highlight}</li>
                        ))}
                      </ul>
                    )}
                  </>
                ),
              }))}
            />
          </Section>
        )}

        {achievements.length > 0 && (
          <Section title="Results">
            <PostingOrdered
              className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2 print:gap-y-0.5"
              itemClassName={body}
              items={achievements.map((achievement) => ({
                key: achievement.slug,
                skills: [...slugs(achievement.skills), ...achievement.projects.flatMap((project) => slugs(project.skills))],
                node: (
                  <Link href={routes.achievement(achievement.slug)} className="hover:text-teal-800 dark:hover:text-teal-300">
                    <span className={`tabular ${strong}`}>{achievement.figure}</span> {achievement.metric}
                  </Link>
                ),
              }))}
            />
          </Section>
        )}

        <Section title="Skills">
          <PostingOrdered
            as="dl"
            className="mt-2 flex flex-col gap-1.5"
            itemClassName="sm:flex sm:gap-3"
            items={categories
              .filter((category) => category.skills.length > 0)
              .map((category) => ({
                key: category.slug,
                skills: slugs(category.skills),
                node: (
                  <>
                    {/* A category that only repeats the heading ("Skills") is named for screen readers alone. */}
                    <dt className={sameWords(category.title, "Skills") ? "sr-only" : `shrink-0 sm:w-44 print:w-40 ${strong}`}>{category.title}</dt>
                    <dd className={body}>
                      <PostingOrdered
                        className="inline"
                        itemClassName="inline after:content-['_·_'] last:after:content-none data-matched:font-semibold data-matched:text-slate-900 dark:data-matched:text-white"
                        items={category.skills.map((skill) => ({ key: skill.slug, skills: [skill.slug], node: skillLine(skill) }))}
                      />
                    </dd>
                  </>
                ),
              }))}
          />
        </Section>

        {projects.length > 0 && (
          <Section title="Projects">
            <PostingOrdered
              className="mt-2 flex flex-col gap-2.5 print:gap-1"
              itemClassName="break-inside-avoid"
              items={projects.map((project) => {
                const context = contextLabel(project);
                return {
                  key: project.slug,
                  skills: slugs(project.skills),
                  node: (
                    <>
                      <p>
                        <Link href={routes.project(project.slug)} className={`${strong} hover:text-teal-800`}>
                          {project.title}
                        </Link>
                        {context && context !== project.title && <span className={muted}> · {context}</span>}
                      </p>
                      <p className={body}>
                        {project.summary}
                        {project.skills.length > 0 && <span className={muted}> ({project.skills.map((skill) => skill.title).join(", ")})</span>}
                      </p>
                    </>
                  ),
                };
              })}
            />
          </Section>
        )}

        {education.length > 0 && (
          <Section title="Education">
            <ul className="mt-2 flex flex-col gap-1.5">
              {education.map((study) => (
                <li key={study.slug} className="flex flex-wrap justify-between gap-x-4 break-inside-avoid">
                  <span>
                    <span className={strong}>{study.institution}</span>
                    {(study.degree || study.area) && <span className={body}> · {[study.degree, study.area].filter(Boolean).join(", ")}</span>}
                  </span>
                  <Period start={study.start} end={study.end} className={muted} />
                </li>
              ))}
            </ul>
          </Section>
        )}

        {certifications.length > 0 && (
          <Section title="Certificates">
            <DatedEntries
              entries={certifications.map((certificate) => ({
                slug: certificate.slug,
                title: certificate.title,
                by: certificate.issuer,
                date: certificate.date,
              }))}
            />
          </Section>
        )}

        {honours.length > 0 && (
          <Section title="Honours and awards">
            <DatedEntries entries={honours.map((honour) => ({ slug: honour.slug, title: honour.title, by: honour.awarder, date: honour.date }))} />
          </Section>
        )}
      </PostingOrder>
    </article>
  );
}

/** Certificates and honours: a title, who gave it, and its date on the right. */
function DatedEntries({ entries }: { entries: { slug: string; title: string; by?: string; date?: PartialDate }[] }) {
  return (
    <ul className="mt-2 flex flex-col gap-1.5">
      {entries.map((entry) => (
        <li key={entry.slug} className="flex flex-wrap justify-between gap-x-4 break-inside-avoid">
          <span>
            <span className={strong}>{entry.title}</span>
            {entry.by && <span className={body}> · {entry.by}</span>}
          </span>
          {entry.date && (
            <time dateTime={entry.date.iso} className={`tabular ${muted}`}>
              {dateLabel(entry.date)}
            </time>
          )}
        </li>
      ))}
    </ul>
  );
}
