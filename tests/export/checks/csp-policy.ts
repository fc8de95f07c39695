/**
 * The Content-Security-Policy each page carries (scripts/add-csp.ts), read
 * from the file: strict, standing before any script, and allowing every inline
 * script and style of its page by hash, so a browser sweep that samples pages misses none.
 */
import type { Element, Root } from "hast";
import { sha256Source } from "@/lib/csp/inline-scripts";
import type { ExportedPage } from "@/tests/export/exported-site";
import { attribute, selectAll, textOf } from "@/tests/export/html";

const REQUIRED = { "default-src": "'self'", "object-src": "'none'", "base-uri": "'self'", "form-action": "'self'" };
const HASH_SOURCE = /^'sha256-[\w+/=]+'$/;
/** Script types a browser runs; JSON-LD and other data blocks are not governed by the policy. */
const EXECUTABLE_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The policy meta, every inline script and style, and whether the policy comes before all of them. */
function policyAndInline(tree: Root): { policy?: string; beforeScripts: boolean; inline: string[]; styles: string[] } {
  const elements = selectAll('meta[http-equiv="Content-Security-Policy"], script, style', tree);
  const metaAt = elements.findIndex((element) => element.tagName === "meta");
  const scripts = elements.filter((element): element is Element => element.tagName === "script");
  const inline = scripts.filter((script) => attribute(script, "src") === undefined && EXECUTABLE_TYPE.test(attribute(script, "type") ?? ""));
  return {
    policy: metaAt < 0 ? undefined : attribute(elements[metaAt], "content"),
    beforeScripts: metaAt >= 0 && elements.slice(0, metaAt).every((element) => element.tagName === "meta"),
    inline: inline.map((script) => textOf(script)),
    styles: elements.filter((element) => element.tagName === "style").map((style) => textOf(style)),
  };
}

function sourcesProblem(name: string, sources: string[]): string | undefined {
  return sources[0] === "'self'" && sources.slice(1).every((source) => HASH_SOURCE.test(source)) ? undefined : `${name} is "${sources.join(" ")}"`;
}

export function cspPolicyProblems(pages: readonly ExportedPage[]): string[] {
  return pages.flatMap((page) => {
    const { policy, beforeScripts, inline, styles } = policyAndInline(page.tree);
    if (policy === undefined) return [`${page.url}: no Content-Security-Policy meta`];
    const problems: string[] = [];
    if (!beforeScripts) problems.push(`${page.url}: a script or a style comes before the policy`);
    const parsed = directives(policy);
    const scriptSources = parsed.get("script-src") ?? [];
    const styleSources = parsed.get("style-src") ?? [];
    for (const problem of [sourcesProblem("script-src", scriptSources), sourcesProblem("style-src", styleSources)]) {
      if (problem) problems.push(`${page.url}: ${problem}`);
    }
    for (const [name, expected] of Object.entries(REQUIRED)) {
      if (parsed.get(name)?.join(" ") !== expected) problems.push(`${page.url}: ${name} is "${parsed.get(name)?.join(" ")}", expected "${expected}"`);
    }
    if (/unsafe-/.test(policy)) problems.push(`${page.url}: the policy allows something unsafe`);
    for (const text of inline) {
      if (!scriptSources.includes(sha256Source(text))) problems.push(`${page.url}: an inline script's hash ${sha256Source(text)} is not in the policy`);
    }
    for (const text of styles) {
      if (!styleSources.includes(sha256Source(text))) problems.push(`${page.url}: an inline style's hash ${sha256Source(text)} is not in the policy`);
    }
    return problems;
  });
}
