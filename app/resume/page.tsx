import type { Metadata } from "next";
import { Filled } from "@/components/filled";
import { JsonLd } from "@/components/json-ld";
import { PostingOrder } from "@/components/posting-order";
import { PrintButton } from "@/components/print-button";
import { RESUME_TEXT, ResumeSections } from "@/components/resume-sections";
import { getContent } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { buildResume } from "@/lib/resume/model";
import { routes } from "@/lib/routes";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { basePath } from "@/lib/site-config";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.sections.resume.label, description: t.resume.description, route: routes.resume };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

const textLink = "font-medium text-accent underline";

/**
 * One page, from the résumé model that the PDF and JSON Resume render too; the
 * print styles fit it to A4 and Letter. Opened from /match/ with a posting in
 * the URL fragment, the lists put what the posting asks for first (PostingOrder).
 */
export default function ResumePage() {
  const t = messages();
  const { ordered, orderedNoneNamed, usualOrder } = t.resume;
  const content = getContent();
  const resume = buildResume(content);
  const { body, muted } = RESUME_TEXT;

  return (
    <article className="mx-auto max-w-3xl rounded-2xl border border-tone-200 bg-white p-6 text-sm leading-relaxed sm:p-10 dark:border-tone-800 dark:bg-tone-900/60 print:max-w-none print:border-0 print:p-0 print:text-[9.5pt] print:leading-snug print:text-black">
      <JsonLd graph={simplePageGraph(page())} />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-tone-600 dark:text-tone-400">
          <Filled
            template={t.resume.alsoAs}
            values={{
              pdf: (
                <a className={textLink} href={`${basePath}${routes.resumePdf}`}>
                  {t.resume.pdfFile}
                </a>
              ),
              json: (
                <a className={textLink} href={`${basePath}${routes.resumeJson}`}>
                  {t.resume.jsonResume}
                </a>
              ),
            }}
          />
        </p>
        <PrintButton label={t.resume.print} />
      </div>

      <PostingOrder index={buildSkillIndex(content.skills)} labels={{ ordered, orderedNoneNamed, usualOrder }}>
        <header className="border-b border-tone-200 pb-5 dark:border-tone-700 print:pb-3">
          <h1 className="text-2xl font-semibold tracking-tight text-tone-900 dark:text-white print:text-[18pt] print:text-black">{resume.title}</h1>
          {resume.subtitle && <p className="mt-1 text-base text-tone-700 dark:text-tone-300">{resume.subtitle}</p>}
          <p className={`mt-2 ${body}`}>{resume.summary}</p>
          {resume.contact.length > 0 && (
            <p className="mt-2 text-tone-600 dark:text-tone-400 print:text-black">{resume.contact.map((item) => item.text).join(" · ")}</p>
          )}
          <p className={`mt-1 ${muted}`}>
            {resume.experience && `${resume.experience} · `}
            {fill(t.resume.portfolio, { url: resume.portfolioUrl })}
          </p>
        </header>
        <ResumeSections sections={resume.sections} />
      </PostingOrder>
    </article>
  );
}
