/**
 * The mark of a client component that must hydrate: spread on its root
 * element (`<div {...hydrates}>`), it keeps Next's runtime on the page
 * (lib/framework-runtime.ts). Without it the page ships no framework and the
 * component stays as rendered.
 */
export const hydrates = { "data-hydrate": "" } as const;

/** The mark in the exported HTML, as React writes it (`data-hydrate=""`) or a later step rewrites it (`data-hydrate`). */
export const HYDRATES_IN_HTML = /\sdata-hydrate(?:=""|(?=[\s>]))/;
