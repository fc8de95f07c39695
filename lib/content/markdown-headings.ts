/**
 * A rehype plugin: the headings of a markdown body fit the page's outline.
 * A body is shown under a heading of the page (its h1, or a section's h2),
 * so a `#` in it becomes an h2, never a second h1, and no heading skips a
 * level below the one before it (`##` then `####` gives h2 then h3), which
 * screen-reader users rely on to move through the page. A body written as
 * the owner's are (`###` under the section's h2) keeps its levels.
 */
import type { Element, Root } from "hast";

const HEADING = /^h([1-6])$/;
/** The level of the page heading a body sits under; its own headings start one below at most. */
const CONTAINER_LEVEL = 2;

export function rehypeHeadingOutline() {
  return (tree: Root) => {
    let previous = CONTAINER_LEVEL;
    const visit = (parent: Root | Element) => {
      for (const child of parent.children) {
        if (child.type !== "element") continue;
        const match = HEADING.exec(child.tagName);
        if (match) {
          const level = Math.max(2, Math.min(Number(match[1]), previous + 1));
          child.tagName = `h${level}`;
          previous = level;
        } else visit(child);
      }
    };
    visit(tree);
  };
}
