/** Every page carries one self-contained schema.org graph, valid against the vocabulary, with the owner in it. */

import type { ExportedPage } from "@/tests/export/exported-site";
import { jsonLd } from "@/tests/export/html";
import { graphProblems } from "@/tests/schema-org/vocabulary";

export type GraphNode = Record<string, unknown> & { "@type"?: string };

export interface Owner {
  headline: string;
  name?: string;
}

/** The page's one graph, or the problems that keep it from being one. */
export function pageGraph(page: ExportedPage): { nodes: GraphNode[]; problems: string[] } {
  const documents = jsonLd(page.tree);
  if (documents.length !== 1) return { nodes: [], problems: [`${page.url}: ${documents.length} JSON-LD documents, expected 1`] };
  const [document] = documents;
  if (document instanceof Error) return { nodes: [], problems: [`${page.url}: ${document.message}`] };
  const problems = graphProblems(document).map((problem) => `${page.url}: ${problem}`);
  const nodes = ((document as { "@graph"?: GraphNode[] })["@graph"] ?? []).filter((node) => typeof node === "object" && node !== null);
  return { nodes, problems };
}

export function structuredDataProblems(pages: readonly ExportedPage[], owner: Owner): string[] {
  return pages.flatMap((page) => {
    const { nodes, problems } = pageGraph(page);
    if (problems.length) return problems;
    const persons = nodes.filter((node) => node["@type"] === "Person");
    if (persons.length !== 1) return [`${page.url}: ${persons.length} Person nodes, expected the owner once`];
    const [person] = persons;
    if (person!.jobTitle !== owner.headline) problems.push(`${page.url}: the owner's jobTitle is ${JSON.stringify(person!.jobTitle)}`);
    if (person!.name !== owner.name) problems.push(`${page.url}: the owner's name is ${JSON.stringify(person!.name)}, expected ${JSON.stringify(owner.name)}`);
    return problems;
  });
}
