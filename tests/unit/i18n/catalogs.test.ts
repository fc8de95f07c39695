/**
 * Every language says everything English says: the same keys (the type check
 * already insists), no empty message, the same placeholders, and, for German,
 * no message left in English except the few that read the same in both.
 */
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { en } from "@/lib/i18n/en";

type Tree = { [key: string]: string | Tree };

/** Every message by its dotted key: "home.impact", "counts.skills.one". */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const english = leaves(en as unknown as Tree);

/** Messages that German writes as English does: names, formats and loanwords. */
const SAME_IN_GERMAN = new Set(["contexts.open-source", "dates.range", "counts.yearsOrMore", "publications.doi", "resume.jsonResume", "share.portfolio"]);

describe.each(Object.entries(CATALOGS))("the %s messages", (language, catalog) => {
  const messages = leaves(catalog as unknown as Tree);

  it("have every key English has, and no other", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("leave no message empty", () => {
    expect([...messages].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it("fill in the same values as English", () => {
    const differing = [...english].filter(([key, text]) => placeholders(text).join() !== placeholders(messages.get(key) ?? "").join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it.runIf(language === "de")("are all German, but for names and formats", () => {
    const untranslated = [...english].filter(([key, text]) => messages.get(key) === text && !SAME_IN_GERMAN.has(key) && /[a-z]{3}/i.test(text));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
