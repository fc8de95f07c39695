/**
 * The Content-Security-Policy each page carries (scripts/add-csp.ts), read
 * from the file: strict, standing before any script, and allowing every inline
 * script of its page by hash, so a browser sweep that samples pages misses none.
 */
import type { Element, Root } from "hast";
import { sha256Source } from "@/lib/csp/inline-scripts";
import type { ExportedPage } from "@/tests/export/exported-site";
import { attribute, selectAll, textOf } from "@/tests/export/html";

const REQUIRED = { "default-src": "'self'", "object-src": "'none'", "base-uri": "'self'", "form-action": "'self'", "style-src": "'self'" };
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

/** The policy meta and every script, in document order. */
function policyAndScripts(tree: Root): { policy?: string; beforeScripts: boolean; inline: string[] } {
  const elements = selectAll('meta[http-equiv="Content-Security-Policy"], script', tree);
  const metaAt = elements.findIndex((element) => element.tagName === "meta");
  const scripts = elements.filter((element): element is Element => element.tagName === "script");
  const inline = scripts.filter((script) => attribute(script, "src") === undefined && EXECUTABLE_TYPE.test(attribute(script, "type") ?? ""));
  return {
    policy: metaAt < 0 ? undefined : attribute(elements[metaAt], "content"),
    beforeScripts: metaAt >= 0 && elements.slice(0, metaAt).every((element) => element.tagName !== "script"),
    inline: inline.map((script) => textOf(script)),
  };
}

export function cspPolicyProblems(pages: readonly ExportedPage[]): string[] {
  return pages.flatMap((page) => {
    const { policy, beforeScripts, inline } = policyAndScripts(page.tree);
    if (policy === undefined) return [`${page.url}: no Content-Security-Policy meta`];
    const problems: string[] = [];
    if (!beforeScripts) problems.push(`${page.url}: a script comes before the policy`);
    const parsed = directives(policy);
    const scriptSources = parsed.get("script-src") ?? [];
    if (scriptSources[0] !== "'self'" || !scriptSources.slice(1).every((source) => /^'sha256-[\w+/=]+'$/.test(source))) {
      problems.push(`${page.url}: script-src is "${scriptSources.join(" ")}"`);
    }
    for (const [name, expected] of Object.entries(REQUIRED)) {
      if (parsed.get(name)?.join(" ") !== expected) problems.push(`${page.url}: ${name} is "${parsed.get(name)?.join(" ")}", expected "${expected}"`);
    }
    if (/unsafe-/.test(policy)) problems.push(`${page.url}: the policy allows something unsafe`);
    for (const text of inline) {
      if (!scriptSources.includes(sha256Source(text))) problems.push(`${page.url}: an inline script's hash ${sha256Source(text)} is not in the policy`);
    }
    return problems;
  });
}
