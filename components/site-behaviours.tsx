import { copyButtons } from "./behaviours/copy-buttons";
import { intentPrefetch } from "./behaviours/intent-prefetch";
import { printButtons } from "./behaviours/print-buttons";
import { themeToggle } from "./behaviours/theme-toggle";
import { THEME_STORAGE_KEY, THEMES } from "./theme-script";

/** `behaviour(argument)` as script text: the function goes as its own source, so it must use nothing from outside its body. */
function call<Argument>(behaviour: (argument: Argument) => void, argument?: Argument): string {
  return `(${behaviour.toString()})(${argument === undefined ? "" : JSON.stringify(argument)});`;
}

/**
 * What the browser does on every page, as one inline script at the end of
 * <body> (allowed by its hash in the page's policy): the theme button, copy
 * and print buttons, fetching pages ahead. Each listens on the document, so
 * it needs no framework on the page: most pages ship none
 * (lib/framework-runtime.ts), and a page that hydrates keeps working the same.
 */
export function SiteBehaviours() {
  const script = [call(themeToggle, { storageKey: THEME_STORAGE_KEY, themes: THEMES }), call(copyButtons), call(printButtons), call(intentPrefetch)].join("");
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own functions, allowed by the script's hash in the page's policy.
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
