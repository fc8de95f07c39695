/**
 * A rehype plugin: the headings of a markdown body fit the page's outline.
 * A body is shown under a heading of the page (a section's h2 on most pages,
 * the h1 on a result's page), so a `#` in it becomes an h2, never a second
 * h1, and no heading skips a level below the one before it (`##` then `####`
 * gives h2 then h3), which screen-reader users rely on to move through the
 * page. A body written as the owner's are (`###` under a section's h2) keeps
 * its levels. A heading left with no text (its only content was raw HTML,
 * which the sanitizer removed) is dropped rather than announced empty.
 */
import type { Element, ElementContent, Root } from "hast";
import type { VFile } from "vfile";

declare module "vfile" {
  interface DataMap {
    /** The level of the page heading the body is shown under (default 2, a section's h2). */
    outlineLevel: number;
  }
}

const HEADING = /^h([1-6])$/;
export const SECTION_LEVEL = 2;

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

export function rehypeHeadingOutline() {
  return (tree: Root, file: VFile) => {
    let previous = file.data.outlineLevel ?? SECTION_LEVEL;
    const visit = (parent: Root | Element) => {
      parent.children = parent.children.filter((child) => {
        if (child.type !== "element") return true;
        const match = HEADING.exec(child.tagName);
        if (!match) {
          visit(child);
          return true;
        }
        if (!textOf(child).trim()) return false;
        const level = Math.max(2, Math.min(Number(match[1]), previous + 1));
        child.tagName = `h${level}`;
        previous = level;
        return true;
      }) as typeof parent.children;
    };
    visit(tree);
  };
}
