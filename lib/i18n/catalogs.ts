/** The interface's languages, by ISO 639-1 code: one line each, for a file of messages beside this one. */
import { de } from "./de";
import { en, type Messages } from "./en";

export const CATALOGS: Record<string, Messages> = { en, de };
