/**
 * A rehype plugin: an image in a markdown body becomes a <picture> of the
 * encoded files (AVIF, WebP, at a few widths) with its intrinsic size, loaded
 * lazily; an SVG stays an <img>, never inline, so it cannot run anything.
 * Paths resolve against the markdown file (vfile.path) or public/.
 */
import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import type { ImageAsset } from "@/lib/images/asset";
import { pictureSources } from "@/lib/images/variants";
import { resolveImage } from "./images";

/** The prose column is at most ~44rem wide; below that the image spans the screen minus the page padding. */
export const BODY_IMAGE_SIZES = "(min-width: 48rem) 44rem, calc(100vw - 2.5rem)";

export function pictureElement(sources: ReturnType<typeof pictureSources>, alt: string, sizes: string): Element {
  const img: Element = {
    type: "element",
    tagName: "img",
    properties: { src: sources.src, alt, width: sources.width, height: sources.height, loading: "lazy", decoding: "async" },
    children: [],
  };
  if (!sources.avif || !sources.webp) return img;
  img.properties.srcSet = sources.webp;
  img.properties.sizes = sizes;
  const source = (type: string, srcSet: string): Element => ({ type: "element", tagName: "source", properties: { type, srcSet, sizes }, children: [] });
  return { type: "element", tagName: "picture", properties: {}, children: [source("image/avif", sources.avif), source("image/webp", sources.webp), img] };
}

declare module "vfile" {
  interface DataMap {
    /** The images a body shows, so the build knows what to encode. */
    images: ImageAsset[];
  }
}

export function rehypePictures() {
  return (tree: Root, file: VFile) => {
    const visit = (parent: Root | Element) => {
      parent.children.forEach((child, index) => {
        if (child.type !== "element") return;
        if (child.tagName !== "img") {
          visit(child);
          return;
        }
        const src = child.properties.src;
        if (typeof src !== "string") return;
        const read = resolveImage(src, file.path ?? "index.md");
        // Content loading reported every unusable image already; an image that got here unresolved is left out.
        if ("problem" in read) parent.children.splice(index, 1, { type: "text", value: "" });
        else {
          parent.children[index] = pictureElement(pictureSources(read.asset), String(child.properties.alt ?? ""), BODY_IMAGE_SIZES);
          file.data.images ??= [];
          file.data.images.push(read.asset);
        }
      });
    };
    visit(tree);
  };
}
