/** The interface's words on the site under test, for specs that find controls and headings by name. */
import { DEFAULT_LOCALE, type Messages, messagesFor } from "@/lib/i18n";
import { contentPages } from "./site-map";

/** The locale the site under test was built in: SITE_LOCALE, else its profile's. */
function testedLocale(): string {
  return process.env.SITE_LOCALE || contentPages().content.profile.locale || DEFAULT_LOCALE;
}

export function siteMessages(): Messages {
  return messagesFor(testedLocale());
}

/** The site's language as Intl takes it: "de-DE". */
export const siteLanguageTag = () => testedLocale().replace("_", "-");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A message as a pattern: the values given are filled in, other placeholders match anything; whole text unless told. */
export function messagePattern(template: string, values: Record<string, string | number> = {}, { whole = true } = {}): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escapeRegExp(part);
      return name in values ? escapeRegExp(String(values[name])) : ".+";
    })
    .join("");
  return new RegExp(whole ? `^${source}$` : source);
}
