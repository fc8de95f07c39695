/**
 * A rehype plugin: a link in a markdown body to a path on this site
 * (`/cv.pdf`, `/skills/redis/`) gets the base path the site is built with,
 * so the owner writes paths once and they work on any host, under
 * `BASE_PATH=/portfolio` as at the root.
 */
import type { Element, Root } from "hast";
import { basePath } from "@/lib/site-config";

const SITE_PATH = /^\/(?!\/)/;

export function rehypeBasePath() {
  return (tree: Root) => {
    if (!basePath) return;
    const visit = (parent: Root | Element) => {
      for (const child of parent.children) {
        if (child.type !== "element") continue;
        const href = child.properties.href;
        if (child.tagName === "a" && typeof href === "string" && SITE_PATH.test(href) && !href.startsWith(`${basePath}/`)) {
          child.properties.href = `${basePath}${href}`;
        }
        visit(child);
      }
    };
    visit(tree);
  };
}
