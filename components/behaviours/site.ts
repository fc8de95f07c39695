/**
 * What the browser does on every page: the theme button, copy and print
 * buttons, fetching pages ahead. Each listens on the document, so it needs no
 * framework: most pages ship none (lib/framework-runtime.ts), and a page that
 * hydrates keeps working the same. Bundled into one deferred file
 * (app/scripts/site.js), it runs once the page is parsed, after the first
 * paint, and the browser keeps it for the next page.
 */
import { copyButtons } from "./copy-buttons";
import { intentPrefetch } from "./intent-prefetch";
import { printButtons } from "./print-buttons";
import { themeToggle } from "./theme-toggle";

export function startSiteBehaviours(): void {
  themeToggle();
  copyButtons();
  printButtons();
  intentPrefetch();
}
