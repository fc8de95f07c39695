/** Renders a markdown body. The HTML was sanitized by the content pipeline (lib/content/markdown.ts). */
export function Prose({ html }: { html: string }) {
  if (!html.trim()) return null;
  return (
    <div
      className="prose prose-tone max-w-none prose-headings:tracking-tight prose-h3:text-lg prose-a:text-accent dark:prose-invert"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML was sanitized by the content pipeline.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
