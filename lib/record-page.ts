/**
 * What the record routes (/skills/<slug>/, /projects/<slug>/,
 * /achievements/<slug>/, /writing/<slug>/, /publications/<slug>/, /talks/<slug>/) share: their static params, former slugs included,
 * and their metadata, with old addresses marked noindex and canonical to the new.
 */
import type { Metadata } from "next";
import type { Achievement, Article, PageKind, Project, Publication, Skill, Talk } from "./content";
import { getRecords, resolveRecord } from "./content";
import { type PageDescription, pageMetadata } from "./page-metadata";
import { recordRoute } from "./routes";
import { slugParams } from "./static-params";

export interface RecordPageProps {
  params: Promise<{ slug: string }>;
}

/** Title, description and address of a record's page, for its metadata and its JSON-LD. */
export function recordPage(record: Skill | Project | Achievement | Article | Publication | Talk): PageDescription {
  return { title: record.title, description: description(record), route: recordRoute(record) };
}

function description(record: Skill | Project | Achievement | Article | Publication | Talk): string {
  switch (record.kind) {
    case "achievement":
      return record.summary ?? `${record.figure} ${record.metric}`;
    case "publication":
      return record.abstract;
    default:
      return record.summary;
  }
}

export function recordStaticParams(kind: PageKind): { slug: string }[] {
  return slugParams(getRecords(kind));
}

export async function recordMetadata(kind: PageKind, { params }: RecordPageProps): Promise<Metadata> {
  const resolved = resolveRecord(kind, (await params).slug);
  if (!resolved) return {};
  const { record, moved } = resolved;
  const metadata = pageMetadata({ ...recordPage(record), record });
  return moved ? { ...metadata, robots: { index: false } } : metadata;
}
