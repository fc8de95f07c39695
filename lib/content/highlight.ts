/**
 * Code blocks in markdown bodies, highlighted at build time with shiki. The
 * browser gets finished markup and no script. Colours are not written into
 * the HTML: shiki's css-variables theme names each token's role, and a small
 * transformer turns that into a class (`hl-keyword`), so the palette lives in
 * app/globals.css with a light and a dark variant that follow the site's
 * theme, and no `style` attribute reaches the page (a strict CSP allows none).
 *
 * Highlighting is synchronous, because content loads synchronously: the
 * grammars below are loaded up front (a fixed, common set; any other language
 * is shown as plain code), with shiki's JavaScript regex engine (no WebAssembly).
 * Each highlighted block is kept on disk, keyed by a hash of its language and
 * text, so the build's workers and later builds reuse it instead of loading
 * the grammars again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Element, ElementContent, Root } from "hast";
import { createCssVariablesTheme, createHighlighterCoreSync, type HighlighterCore, type ShikiTransformer } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import c from "shiki/langs/c.mjs";
import cpp from "shiki/langs/cpp.mjs";
import csharp from "shiki/langs/csharp.mjs";
import css from "shiki/langs/css.mjs";
import dart from "shiki/langs/dart.mjs";
import diff from "shiki/langs/diff.mjs";
import docker from "shiki/langs/docker.mjs";
import elixir from "shiki/langs/elixir.mjs";
import go from "shiki/langs/go.mjs";
import graphql from "shiki/langs/graphql.mjs";
import haskell from "shiki/langs/haskell.mjs";
import hcl from "shiki/langs/hcl.mjs";
import html from "shiki/langs/html.mjs";
import ini from "shiki/langs/ini.mjs";
import java from "shiki/langs/java.mjs";
import javascript from "shiki/langs/javascript.mjs";
import json from "shiki/langs/json.mjs";
import jsx from "shiki/langs/jsx.mjs";
import kotlin from "shiki/langs/kotlin.mjs";
import lua from "shiki/langs/lua.mjs";
import makefile from "shiki/langs/makefile.mjs";
import nginx from "shiki/langs/nginx.mjs";
import powershell from "shiki/langs/powershell.mjs";
import proto from "shiki/langs/proto.mjs";
import python from "shiki/langs/python.mjs";
import r from "shiki/langs/r.mjs";
import ruby from "shiki/langs/ruby.mjs";
import rust from "shiki/langs/rust.mjs";
import scala from "shiki/langs/scala.mjs";
import shellscript from "shiki/langs/shellscript.mjs";
import sql from "shiki/langs/sql.mjs";
import swift from "shiki/langs/swift.mjs";
import toml from "shiki/langs/toml.mjs";
import tsx from "shiki/langs/tsx.mjs";
import typescript from "shiki/langs/typescript.mjs";
import xml from "shiki/langs/xml.mjs";
import yaml from "shiki/langs/yaml.mjs";
import zig from "shiki/langs/zig.mjs";

const LANGUAGES = [
  c,
  cpp,
  csharp,
  css,
  dart,
  diff,
  docker,
  elixir,
  go,
  graphql,
  haskell,
  hcl,
  html,
  ini,
  java,
  javascript,
  json,
  jsx,
  kotlin,
  lua,
  makefile,
  nginx,
  powershell,
  proto,
  python,
  r,
  ruby,
  rust,
  scala,
  shellscript,
  sql,
  swift,
  toml,
  tsx,
  typescript,
  xml,
  yaml,
  zig,
];

const THEME_NAME = "site";
const THEME = createCssVariablesTheme({ name: THEME_NAME, variablePrefix: "--hl-", fontStyle: true });

let highlighter: HighlighterCore | undefined;
/** How long loading the grammars and highlighting took in this process (for bench:scaling). */
export const highlightStats = { highlighterMs: 0, blocks: 0, highlightMs: 0, cached: 0 };

export const HIGHLIGHT_CACHE_DIR = path.join(process.cwd(), "node_modules", ".cache", "portfolio-highlight");
/** Changes whenever the output could: shiki's version, the set of languages, this file's transformer (bump the v). */
const CACHE_VERSION = `shiki-${JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", "shiki", "package.json"), "utf8")).version}-${LANGUAGES.length}-v1`;

function getHighlighter(): HighlighterCore {
  if (!highlighter) {
    const started = performance.now();
    highlighter = createHighlighterCoreSync({ themes: [THEME], langs: LANGUAGES, engine: createJavaScriptRegexEngine({ forgiving: true }) });
    highlightStats.highlighterMs += performance.now() - started;
  }
  return highlighter;
}

/** `color:var(--hl-token-keyword);font-style:italic` → ["hl-keyword", "hl-italic"]; anything else is dropped. */
function styleToClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(";")) {
    const [property, value] = declaration.split(":").map((part) => part.trim());
    const role = /^var\(--hl-(?:token-)?([a-z-]+)\)$/.exec(value ?? "")?.[1];
    if (property === "color" && role && role !== "foreground") classes.push(`hl-${role}`);
    else if (property === "font-style" && value === "italic") classes.push("hl-italic");
    else if (property === "font-weight" && value === "bold") classes.push("hl-bold");
    else if (property === "text-decoration" && value === "underline") classes.push("hl-underline");
  }
  return classes;
}

/** Moves shiki's inline styles into classes, so the output carries no `style` attribute. */
const styleToClass: ShikiTransformer = {
  name: "style-to-class",
  span(node) {
    const style = node.properties.style;
    delete node.properties.style;
    const classes = typeof style === "string" ? styleToClasses(style) : [];
    if (classes.length) node.properties.className = classes;
  },
  line(node) {
    delete node.properties.className;
  },
  pre(node) {
    // A long line scrolls inside the block; tabindex lets a keyboard scroll it too.
    node.properties = { className: ["hl"], tabIndex: 0 };
  },
};

function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  const name = Array.isArray(classes) ? classes.map(String).find((each) => each.startsWith("language-")) : undefined;
  return name?.slice("language-".length).toLowerCase();
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

/**
 * A rehype plugin: every `<pre><code class="language-x">` becomes highlighted
 * markup; a language outside the set (or none) stays plain, in the same frame.
 */
export function rehypeHighlight() {
  return (tree: Root) => {
    const visit = (parent: Root | Element) => {
      parent.children.forEach((child, index) => {
        if (child.type !== "element") return;
        const [code] = child.children;
        if (child.tagName === "pre" && code?.type === "element" && code.tagName === "code") {
          parent.children[index] = highlight(textOf(code), languageOf(code));
        } else visit(child);
      });
    };
    visit(tree);
  };
}

function highlight(source: string, language: string | undefined): Element {
  const key = createHash("sha256")
    .update(`${CACHE_VERSION}\0${language ?? ""}\0${source}`)
    .digest("hex")
    .slice(0, 24);
  const file = path.join(HIGHLIGHT_CACHE_DIR, `${key}.json`);
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as Element;
    highlightStats.cached++;
    return cached;
  } catch {
    const pre = highlightNow(source, language);
    mkdirSync(HIGHLIGHT_CACHE_DIR, { recursive: true });
    // Write then rename, so a build stopped halfway, or another worker, never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(pre));
    renameSync(partial, file);
    return pre;
  }
}

function highlightNow(source: string, language: string | undefined): Element {
  const started = performance.now();
  const shiki = getHighlighter();
  const lang = language && shiki.getLoadedLanguages().includes(language) ? language : "text";
  const root = shiki.codeToHast(source.replace(/\n$/, ""), { lang, theme: THEME_NAME, transformers: [styleToClass] });
  highlightStats.blocks++;
  highlightStats.highlightMs += performance.now() - started;
  const pre = root.children.find((child): child is Element => child.type === "element");
  if (lang !== "text") pre!.properties.dataLanguage = lang;
  return pre!;
}
