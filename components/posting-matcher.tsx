"use client";

import { type ReactNode, useEffect, useId, useState } from "react";
import { Link } from "@/components/link";
import { hydrates } from "@/lib/hydrates";
import type { Messages } from "@/lib/i18n/en";
import { type EvidenceForms, evidenceText } from "@/lib/i18n/evidence";
import { fill } from "@/lib/i18n/fill";
import { postingFragment } from "@/lib/resume/posting-fragment";
import { routes } from "@/lib/routes";
import type { matchPosting } from "@/lib/search/match-posting";
import { normalizeTerm } from "@/lib/search/normalize";
import type { SkillIndexEntry } from "@/lib/search/skill-index";

const chip = "inline-flex min-h-9 items-center gap-2 rounded-md border px-3 text-sm";

function SkillResult({ entry, found, levelLabel, evidence }: { entry: SkillIndexEntry; found: string; levelLabel: string; evidence?: string }) {
  // Only another spelling is worth quoting: "Postgres" for PostgreSQL, not "NODE.JS" for Node.js.
  const differs = normalizeTerm(found) !== normalizeTerm(entry.title);
  return (
    <li>
      <Link
        href={routes.skill(entry.slug)}
        className={`${chip} border-tone-200 bg-white text-tone-800 hover:border-accent dark:border-tone-700 dark:bg-tone-900 dark:text-tone-200`}
      >
        <span className="font-medium">{entry.title}</span>
        {differs && <span className="text-tone-500 dark:text-tone-400">“{found}”</span>}
        <span className="text-xs text-accent-strong">{levelLabel}</span>
        {evidence && <span className="tabular text-xs text-tone-500 dark:text-tone-400">{evidence}</span>}
      </Link>
    </li>
  );
}

/** One group of the match, headed with its count: its items, or a line saying there are none. */
function ResultGroup({ id, title, note, empty, items }: { id: string; title: string; note?: string; empty?: string; items: ReactNode[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold text-tone-900 dark:text-white">
        {title}
      </h2>
      {note && <p className="mt-1 text-sm text-tone-600 dark:text-tone-400">{note}</p>}
      {items.length > 0 ? <ul className="mt-3 flex flex-wrap gap-2">{items}</ul> : <p className="mt-2 text-sm text-tone-600 dark:text-tone-400">{empty}</p>}
    </section>
  );
}

/** What the posting names: covered skills with their evidence, skills being learned, and what the site does not cover. */
function MatchResults({
  result,
  posting,
  id,
  labels,
  levelLabels,
  evidenceOf,
}: {
  result: ReturnType<typeof matchPosting>;
  posting: string;
  id: string;
  labels: Messages["match"];
  levelLabels: Record<string, string>;
  evidenceOf: (entry: SkillIndexEntry) => string | undefined;
}) {
  const skillItem = ({ entry, found }: { entry: SkillIndexEntry; found: string }) => (
    <SkillResult key={entry.slug} entry={entry} found={found} levelLabel={levelLabels[entry.proficiency] ?? entry.proficiency} evidence={evidenceOf(entry)} />
  );
  return (
    <>
      <p>
        {/* The posting rides in the fragment, which is never sent in a request. */}
        <Link
          href={`${routes.resume}${postingFragment(posting)}`}
          className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 text-sm font-semibold text-on-accent hover:bg-accent-strong"
        >
          {labels.openResume}
        </Link>
      </p>
      <ResultGroup id={`${id}-has`} title={fill(labels.has, { count: result.matched.length })} empty={labels.noneNamed} items={result.matched.map(skillItem)} />
      {result.learning.length > 0 && (
        <ResultGroup
          id={`${id}-learning`}
          title={fill(labels.learning, { count: result.learning.length })}
          note={labels.learningNote}
          items={result.learning.map(skillItem)}
        />
      )}
      <ResultGroup
        id={`${id}-missing`}
        title={fill(labels.missing, { count: result.missing.length })}
        empty={labels.allCovered}
        items={result.missing.map((name) => (
          <li key={name} className={`${chip} border-dashed border-tone-300 text-tone-600 dark:border-tone-600 dark:text-tone-400`}>
            {name}
          </li>
        ))}
      />
    </>
  );
}

/**
 * Matches a pasted job posting against the skills. Everything happens in the
 * browser: the text is never sent anywhere.
 */
export function PostingMatcher({
  index,
  levelLabels,
  example,
  labels,
  counts,
  locale,
}: {
  index: SkillIndexEntry[];
  levelLabels: Record<string, string>;
  example: string;
  labels: Messages["match"];
  /** How evidence is counted in the interface's language: "2 projects · 1 result". */
  counts: EvidenceForms;
  locale: string;
}) {
  const [posting, setPosting] = useState("");
  const [matcher, setMatcher] = useState<{ match: typeof matchPosting }>();
  const id = useId();

  // The matcher and its vocabulary load only once someone starts to paste, keeping the page's first load light.
  const wantsMatcher = posting.trim() !== "";
  useEffect(() => {
    if (wantsMatcher && !matcher) void import("@/lib/search/match-posting").then(({ matchPosting }) => setMatcher({ match: matchPosting }));
  }, [wantsMatcher, matcher]);
  const result = wantsMatcher && matcher ? matcher.match(posting, index) : undefined;
  const evidenceOf = (entry: SkillIndexEntry) => evidenceText(entry.evidence, counts, locale);

  return (
    <div {...hydrates} className="flex flex-col gap-8">
      <div>
        <div className="mb-2 flex flex-wrap items-end justify-between gap-2">
          <label htmlFor={id} className="text-sm font-semibold text-tone-900 dark:text-white">
            {labels.posting}
          </label>
          <button type="button" onClick={() => setPosting(example)} className="min-h-11 text-sm font-medium text-accent hover:underline">
            {labels.tryExample}
          </button>
        </div>
        <textarea
          id={id}
          value={posting}
          onChange={(event) => setPosting(event.target.value)}
          rows={10}
          placeholder={labels.placeholder}
          className="w-full rounded-xl border border-tone-300 bg-white p-4 text-sm text-tone-900 dark:border-tone-700 dark:bg-tone-900 dark:text-tone-100"
        />
        <p className="mt-2 text-xs text-tone-500 dark:text-tone-400">{labels.private}</p>
      </div>

      <div aria-live="polite" className="flex flex-col gap-8">
        {result && <MatchResults result={result} posting={posting} id={id} labels={labels} levelLabels={levelLabels} evidenceOf={evidenceOf} />}
      </div>
    </div>
  );
}
