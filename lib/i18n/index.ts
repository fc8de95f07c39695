/**
 * The interface's language: the profile's `locale` ("de_DE" → German) where
 * there is a catalog of messages for it (catalogs.ts), English otherwise. The
 * owner's own text stays in whatever language they wrote it.
 */
import { getProfile } from "@/lib/content";
import { messagesFor } from "./catalogs";
import type { Messages } from "./en";
import { fill, type Plural, plural } from "./fill";

export type { Messages, Plural };
export { fill, messagesFor };

/** What Open Graph and the profile write when the profile names no locale. */
export const DEFAULT_LOCALE = "en_US";

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
