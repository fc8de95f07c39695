/**
 * The résumé model's sections as the page (/resume/) shows them, on screen and
 * in print. Each list is a PostingOrdered, so a job posting passed to the page
 * moves what it asks for to the top. The PDF draws the same model in resume-pdf.tsx.
 */
import { Link } from "@/components/link";
import type { ResumeLine, ResumeSection } from "@/lib/resume/model";
import { Period } from "./period";
import { PostingOrdered } from "./posting-order";

export const RESUME_TEXT = {
  heading: "text-xs font-semibold tracking-widest text-accent-strong uppercase",
  strong: "font-semibold text-tone-900 dark:text-white print:text-black",
  muted: "text-tone-500 dark:text-tone-400 print:text-black",
  body: "text-tone-700 dark:text-tone-300 print:text-black",
};
const { heading, strong, muted, body } = RESUME_TEXT;

function Title({ line }: { line: ResumeLine }) {
  if (!line.route) return <span className={strong}>{line.title}</span>;
  return (
    <Link href={line.route} className={`${strong} hover:text-accent-strong`}>
      {line.title}
    </Link>
  );
}

/** A job, study, project, certificate or honour: what and where on the left, when on the right, then what it was. */
function Entry({ line }: { line: ResumeLine }) {
  return (
    <>
      <p className="flex flex-wrap justify-between gap-x-4">
        <span>
          <Title line={line} />
          {line.detail && <span className={muted}> · {line.detail}</span>}
        </span>
        {line.when && <Period {...line.when} className={muted} />}
      </p>
      {(line.summary || line.uses.length > 0) && (
        <p className={body}>
          {line.summary}
          {line.uses.length > 0 && <span className={muted}> ({line.uses.join(", ")})</span>}
        </p>
      )}
      {line.bullets.length > 0 && (
        <ul className={`list-disc pl-5 ${body}`}>
          {line.bullets.map((bullet) => (
            <li key={bullet}>{bullet}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Result({ line }: { line: ResumeLine }) {
  const text = (
    <>
      <span className={`tabular ${strong}`}>{line.figure}</span> {line.title}
    </>
  );
  if (!line.route) return text;
  return (
    <Link href={line.route} className="hover:text-accent-strong">
      {text}
    </Link>
  );
}

/** A category and its skills, each with its level. */
function SkillRow({ line }: { line: ResumeLine }) {
  return (
    <>
      <dt className={line.titleShown ? `shrink-0 sm:w-44 print:w-40 ${strong}` : "sr-only"}>{line.title}</dt>
      <dd className={body}>
        <PostingOrdered
          className="inline"
          itemClassName="inline after:content-['_·_'] last:after:content-none data-matched:font-semibold data-matched:text-tone-900 dark:data-matched:text-white"
          items={line.items.map((item) => ({ key: item.key, skills: [item.key], node: item.text }))}
        />
      </dd>
    </>
  );
}

function SectionList({ section }: { section: ResumeSection }) {
  const items = (Item: typeof Entry) => section.entries.map(({ line }) => ({ key: line.key, skills: line.skills, node: <Item line={line} /> }));
  switch (section.id) {
    case "results":
      return (
        <PostingOrdered className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2 print:gap-y-0.5" itemClassName={body} items={items(Result)} />
      );
    case "skills":
      return <PostingOrdered as="dl" className="mt-2 flex flex-col gap-1.5" itemClassName="sm:flex sm:gap-3" items={items(SkillRow)} />;
    default:
      return <PostingOrdered className="mt-2 flex flex-col gap-2.5 print:gap-1" itemClassName="break-inside-avoid" items={items(Entry)} />;
  }
}

export function ResumeSections({ sections }: { sections: readonly ResumeSection[] }) {
  return sections.map((section) => (
    <section key={section.id} className="mt-5 print:mt-2.5">
      <h2 className={heading}>{section.title}</h2>
      <SectionList section={section} />
    </section>
  ));
}
