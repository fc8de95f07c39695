/**
 * Markdown body to HTML. The body is untrusted, so it is sanitized twice with
 * GitHub's rules (hast-util-sanitize): once as written, which removes raw
 * HTML, event handlers and `javascript:` links, and once more after images
 * and highlighting have added their markup, with only the few elements and
 * attributes those add allowed on top. Whatever a code fence or an image path
 * holds, nothing executable reaches the page. The only way around it is the
 * test-only switch in sanitizer-switch.ts, which needs two variables set on purpose.
 */

import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { remark } from "remark";
import remarkRehype from "remark-rehype";
import { VFile } from "vfile";
import type { ImageAsset } from "@/lib/images/asset";
import { rehypeHighlight } from "./highlight";
import { rehypeHeadingOutline, SECTION_LEVEL } from "./markdown-headings";
import { rehypePictures } from "./markdown-images";
import { rehypeBasePath } from "./markdown-links";

/** GitHub's rules, plus what pictures and highlighting write; class names only of the forms they write. */
const renderedSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "picture", "source"],
  attributes: {
    ...defaultSchema.attributes,
    picture: [],
    source: [["type", "image/avif", "image/webp"], "srcSet", "sizes"],
    img: [...(defaultSchema.attributes?.img ?? []), "srcSet", "sizes", "width", "height", ["loading", "lazy"], ["decoding", "async"]],
    pre: [...(defaultSchema.attributes?.pre ?? []), ["className", "hl"], "tabIndex", "dataLanguage"],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", /^hl-[a-z-]+$/]],
  },
};

const noop = () => undefined;

type RenderBody = (markdown: string, file?: string, outlineLevel?: number) => { html: string; images: ImageAsset[] };

/**
 * The pipeline from a body to its HTML. Pages get it sanitized (renderBody); unsanitized only for the test that
 * shows the Content-Security-Policy alone blocks what the sanitizer removes (tests/e2e/csp-defence.spec.ts).
 */
export function bodyRenderer({ sanitize }: { sanitize: boolean }): RenderBody {
  const processor = remark()
    .use(remarkRehype, { allowDangerousHtml: !sanitize })
    .use(sanitize ? rehypeSanitize : noop)
    .use(rehypeHeadingOutline)
    .use(rehypePictures)
    .use(rehypeBasePath)
    .use(rehypeHighlight)
    .use(sanitize ? () => rehypeSanitize(renderedSchema) : noop)
    .use(rehypeStringify, { allowDangerousHtml: !sanitize });
  return (markdown, file, outlineLevel = SECTION_LEVEL) => {
    const rendered = processor.processSync(new VFile({ value: markdown, path: file, data: { outlineLevel } }));
    return { html: String(rendered), images: rendered.data.images ?? [] };
  };
}

/**
 * The HTML of a body and the images it shows; `file` is the markdown file it came from, which image paths resolve against;
 * `outlineLevel` the level of the page heading the body is shown under (its own headings start one below at most).
 */
export const renderBody = bodyRenderer({ sanitize: true });

export function renderMarkdown(markdown: string, file?: string): string {
  return renderBody(markdown, file).html;
}
