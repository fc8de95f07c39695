/** Renders a markdown body. The HTML was sanitized by the content pipeline (lib/content/markdown.ts). */
export function Prose({ html }: { html: string }) {
  if (!html.trim()) return null;
  return (
    <div
      className="prose prose-slate max-w-none prose-headings:tracking-tight prose-h3:text-lg prose-a:text-teal-700 dark:prose-invert dark:prose-a:text-teal-300"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML was sanitized by the content pipeline.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
