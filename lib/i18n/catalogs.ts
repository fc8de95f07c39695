/** The interface's languages, by ISO 639-1 code: one line each, for a file of messages beside this one. */
import { de } from "./de";
import { en, type Messages } from "./en";

export const CATALOGS: Record<string, Messages> = { en, de };

/** The language a locale names, as catalogs are keyed: "de_DE" → "de". */
export const languageOf = (locale: string) => locale.split(/[_-]/)[0]!.toLowerCase();

/** The catalog for a locale's language; English when there is none. */
export function messagesFor(locale: string): Messages {
  return CATALOGS[languageOf(locale)] ?? en;
}
