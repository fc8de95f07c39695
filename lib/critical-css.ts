/**
 * Post-build step: each exported page carries, inline in its <head>, the CSS
 * rules its own elements use, and loads the site's stylesheet without waiting
 * for it, so the first paint needs the HTML alone (on a slow phone connection
 * the stylesheet was a round trip and 10 KB fetched beside every script before
 * anything could be drawn). It declares inline the font faces whose
 * characters the page shows, and preloads their files where they can arrive
 * in time for the first paint (lib/font-preload.ts). The work is Beasties'
 * (the maintained successor of Critters, used by Angular and Nuxt):
 *
 * - The first screen first: the inline CSS is for the page up to the header
 *   that opens its <main> (its title and introduction), and the stylesheet's
 *   link stands right after that header, followed by STYLESHEET_WAIT. A
 *   browser waits for stylesheets in <head> before drawing anything, but not
 *   for one in <body>: it draws what comes before it. An inline script after
 *   the link makes the parser wait there until the stylesheet has arrived,
 *   so the rest of the page is never drawn unstyled, and the first frame has
 *   only the top of the page to style and lay out (on a slow phone that frame
 *   came about 10 % sooner on home, a skill, a project and the skills list,
 *   and the inline CSS is half as long). The stylesheet is fetched as soon as
 *   the browser's preload scanner sees its link, with the HTML. No script has
 *   to switch it on, and visitors without JavaScript get it the same way.
 *   A page without such a header, or one that React hydrates, has the link
 *   at the end of <body>.
 * - The full stylesheet stays as it is (`pruneSource: false`): it is shared by
 *   every page and by client-side navigation. Rules for states the HTML does
 *   not show yet (an open menu, the dark class the theme script adds) apply
 *   once it has loaded; the dark theme's rules for the classes a page uses are
 *   inline like the rest, so a dark first paint is dark.
 *
 * Inline <style> elements are allowed by hash in each page's policy (lib/csp).
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Beasties from "beasties";
import { parseDocument } from "htmlparser2";
import { exportedHtmlFiles } from "./exported-files";
import { preloadFontsInTime } from "./font-preload";
import { HYDRATES_IN_HTML } from "./hydrates";
import { FONT_FALLBACK_CLASS } from "./look/fonts";

/**
 * Rules about classes that scripts put on <html> before the first paint, where
 * Beasties cannot see them: the dark theme the visitor picked, and the
 * fallback font kept when the site's font came too late. (Each dark
 * variant's class, `.dark\:…`, is kept when the page uses it, like any class.)
 */
const RULES_FOR_HTML_CLASSES = [/^html\.dark$/, new RegExp(`^html\\.${FONT_FALLBACK_CLASS}$`)];

/** The end of the parenthesised argument that starts at `open`, nesting included. */
function closingParenthesis(selector: string, open: number): number {
  let depth = 0;
  for (let at = open; at < selector.length; at++) {
    if (selector[at] === "(") depth++;
    else if (selector[at] === ")" && --depth === 0) return at;
  }
  return selector.length - 1;
}

/**
 * A selector loosened to one that Beasties can test against the page, never
 * narrowed: a rule the page may use must stay. Beasties drops functional
 * pseudo-classes whole, so Tailwind Typography's
 * `.prose :where(table):not(:where(.not-prose *))` kept every prose rule on any
 * page with prose. Here `:not(…)` goes (it only narrows); `:where(x)` and
 * `:is(x)` of one compound selector become `x`; one standing as a whole
 * compound with combinators inside (`.prose :where(.prose > :first-child)`)
 * replaces what came before it, which only asked for more ancestors; and a
 * list of alternatives goes whole, as Beasties has it.
 */
export function matchableSelector(selector: string): string {
  let result = "";
  for (let at = 0; at < selector.length; at++) {
    const functional = /^:(where|is|not)\(/.exec(selector.slice(at));
    if (!functional) {
      result += selector[at];
      continue;
    }
    const open = at + functional[0].length - 1;
    const close = closingParenthesis(selector, open);
    const inner = selector.slice(open + 1, close);
    at = close;
    if (functional[1] === "not" || inner.includes(",")) continue;
    if (!/[\s>+~]/.test(inner)) result += matchableSelector(inner);
    else if (/(^|[\s>+~])$/.test(result)) result = matchableSelector(inner);
  }
  return result;
}

/** A node of the document Beasties parses (htmlparser2's, entities left encoded). */
interface PageNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: PageNode[];
}

const NOT_SHOWN = new Set(["head", "script", "style", "template", "noscript", "title"]);
const SHOWN_ATTRIBUTES = ["alt", "label", "placeholder", "title", "value"];
const ENTITY = /&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

const decoded = (text: string) =>
  text.replace(ENTITY, (_, hex, decimal, name) => (name ? NAMED[name.toLowerCase()]! : String.fromCodePoint(Number.parseInt(hex ?? decimal, hex ? 16 : 10))));

/**
 * The characters a page shows: its text and the attributes a browser draws, not
 * its scripts. (Beasties' own count reads the text of every script, Next's
 * payload among them, so a skill's Cyrillic name in the matcher's data
 * preloaded the Cyrillic font on a page that showed none.)
 */
function shownCharacters(node: PageNode, into = new Set<number>()): Set<number> {
  const add = (text: string) => {
    for (const character of decoded(text)) into.add(character.codePointAt(0)!);
  };
  if (node.type === "text") add(node.data ?? "");
  if (node.type !== "root" && node.type !== "tag") return into;
  if (node.name && NOT_SHOWN.has(node.name)) return into;
  for (const name of SHOWN_ATTRIBUTES) add(node.attribs?.[name] ?? "");
  for (const child of node.children ?? []) shownCharacters(child, into);
  return into;
}

/** Beasties' own normalising (pseudo-classes and elements stripped), not in its published types. */
const beastiesNormalize = (Beasties.prototype as unknown as { normalizeCssSelector(selector: string): string }).normalizeCssSelector;

class PageCss extends Beasties {
  #shown = new Set<number>();

  /**
   * Beasties' work on `part` of `page` (its first screen, or all of it): the rules that part uses, and the
   * font faces the whole page shows, so that a visit fetches every file the page will draw with.
   */
  processPart(part: string, page: string): Promise<string> {
    this.#shown = shownCharacters(parseDocument(page, { decodeEntities: false }) as PageNode);
    return this.process(part);
  }

  normalizeCssSelector(selector: string): string {
    return beastiesNormalize.call(this, matchableSelector(selector));
  }

  getDocumentChars(): Set<number> {
    return this.#shown;
  }
}

/**
 * The text of the inline script that stands after the stylesheet's link: any
 * script makes the parser wait for the stylesheets before it (HTML's "script-
 * blocking style sheets"), and a script of no text is never run, so it holds
 * a space. The policy allows it where it stands, inside <main> (lib/csp).
 */
export const STYLESHEET_WAIT = " ";

/** The end of the page's first screen: the header that opens its <main>. */
const FIRST_SCREEN = /<main\b[\s\S]*?<\/header>/;
/** Marks where the first screen ended in the shortened page Beasties processes. */
const FIRST_SCREEN_END = "<!--first-screen-end-->";
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*>/g;

/**
 * `html` with the CSS inline that its first screen uses, and the stylesheet linked after that screen,
 * where the parser waits for it; the rest of the page follows as it was, character for character.
 */
async function firstScreenFirst(beasties: PageCss, html: string): Promise<string> {
  const firstScreen = FIRST_SCREEN.exec(html);
  // React owns <main> on a page it hydrates, and takes out what it did not render there: the link among them.
  if (!firstScreen || HYDRATES_IN_HTML.test(html)) return beasties.processPart(html, html);
  const end = firstScreen.index + firstScreen[0].length;
  // Beasties closes the elements the cut leaves open and links the stylesheet at the end of <body>, after the mark.
  const top = await beasties.processPart(html.slice(0, end) + FIRST_SCREEN_END, html);
  const mark = top.indexOf(FIRST_SCREEN_END);
  const stylesheets = top.slice(mark).match(STYLESHEET_LINK) ?? [];
  return `${top.slice(0, mark)}${stylesheets.join("")}<script>${STYLESHEET_WAIT}</script>${html.slice(end)}`;
}

/**
 * Next preconnects to `/` (its own origin, and outside a base path) when the
 * CSS declares fonts that next/font did not preload: a page is connected to
 * its own origin already, and this step preloads the fonts the page shows.
 */
const SELF_PRECONNECT = /<link rel="preconnect" href="\/" crossOrigin(?:="[^"]*")?\/?>/gi;

export async function inlineCriticalCss(outDir: string, basePath: string): Promise<void> {
  const beasties = new PageCss({
    path: outDir,
    publicPath: `${basePath}/`,
    preload: "body",
    pruneSource: false,
    reduceInlineStyles: false,
    preloadFonts: true,
    // Keeps the @font-face rules of the fonts the page uses (declarations, not font data): without them the
    // first paint fell back to the system font, and the page moved when the stylesheet brought them.
    inlineFonts: true,
    allowRules: RULES_FOR_HTML_CLASSES,
    logLevel: "warn",
  });
  const fontBytes = (href: string) => statSync(path.join(outDir, href.slice(basePath.length))).size;
  for (const file of exportedHtmlFiles(outDir)) {
    const page = await firstScreenFirst(beasties, readFileSync(file, "utf8").replace(SELF_PRECONNECT, ""));
    writeFileSync(file, preloadFontsInTime(page, fontBytes));
  }
}
