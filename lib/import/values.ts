/**
 * Reading a JSON Resume's values, where everything is optional and anything
 * may be of the wrong type, and writing content files from them.
 */
import { stringify } from "yaml";
import { FRONT_MATTER_YAML } from "@/lib/content/front-matter";
import { fileSlug } from "@/lib/content/slug";

export type Json = Record<string, unknown>;

export const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined);
export const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((item): item is Json => typeof item === "object" && item !== null) : []);
export const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter((item): item is string => item !== undefined) : []);
export const object = (value: unknown): Json => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {});

export function webUrl(value: unknown): string | undefined {
  const url = text(value);
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** "2021-03-15", "2021-03" and "2021" as precise as written (a time of day is dropped); anything else is dropped. */
export function partialDate(value: unknown): string | undefined {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(text(value) ?? "")?.[0];
}

/** Front matter without the fields that have no value, then the markdown body. */
export function contentFile(fields: Json, body = ""): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
  return `---\n${stringify(present, { ...FRONT_MATTER_YAML, lineWidth: 0 })}---\n${body ? `${body.trim()}\n` : ""}`;
}

/** A slug for each name, unique within its kind: "acme", "acme-2". */
export function slugger() {
  const taken = new Set<string>();
  return (name: string, fallback: string): string => {
    const base = fileSlug(name) || fallback;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}

interface Naming {
  /** The entry's name, where the section keeps it. */
  name: (entry: Json) => string | undefined;
  /** The file name for a name that slugs to nothing. */
  fallback: string;
  /** What to tell the owner of an entry without a name; nothing when unset. */
  missing?: string;
}

/** The entries of one section that have a name, each with a slug unique in its folder; a note for each left out. */
export function namedEntries(section: unknown, { name, fallback, missing }: Naming, notes: string[]) {
  const slug = slugger();
  return list(section).flatMap((entry) => {
    const named = name(entry);
    if (!named) {
      if (missing) notes.push(missing);
      return [];
    }
    return [{ entry, name: named, slug: slug(named, fallback) }];
  });
}
