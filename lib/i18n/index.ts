/**
 * The interface's language: the profile's `locale` ("de_DE" → German) where
 * there is a catalog of messages for it (catalogs.ts), English otherwise. The
 * owner's own text stays in whatever language they wrote it.
 */
import { getProfile } from "@/lib/content";
import { CATALOGS } from "./catalogs";
import { en, type Messages } from "./en";
import { fill, type Plural, plural } from "./fill";

export type { Messages, Plural };
export { fill };

/** What Open Graph and the profile write when the profile names no locale. */
export const DEFAULT_LOCALE = "en_US";

/** The language a locale names, as catalogs are keyed: "de_DE" → "de". */
const languageOf = (locale: string) => locale.split(/[_-]/)[0]!.toLowerCase();

export function messagesFor(locale: string): Messages {
  return CATALOGS[languageOf(locale)] ?? en;
}

/**
 * The site's locale as Open Graph writes it: "en_US". SITE_LOCALE, when set,
 * overrides the profile's: to preview the site in another language, and so
 * that unit tests meet the interface in a language they choose.
 */
export function siteLocale(): string {
  return process.env.SITE_LOCALE || getProfile().locale || DEFAULT_LOCALE;
}

/** The site's locale as HTML, schema.org and Intl write it: "en-US". */
export function siteLanguageTag(): string {
  return siteLocale().replace("_", "-");
}

export function messages(): Messages {
  return messagesFor(siteLocale());
}

/** A plural message for `count` in the site's language: `counted(t.counts.skills, 3)` → "3 skills". */
export function counted(forms: Plural, count: number, values?: Record<string, string | number>): string {
  return plural(forms, count, siteLanguageTag(), values);
}

/** "A, B and C" in the site's language. */
export function listed(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? "";
  return fill(messages().words.and, { items: items.slice(0, -1).join(", "), last: items.at(-1)! });
}
