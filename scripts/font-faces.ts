/**
 * `npm run fonts`: writes app/fonts/<name>.css for every font in
 * lib/look/fonts.ts: its Fontsource faces (one per script, each with the
 * characters it covers, so a browser downloads only the files a page uses),
 * and a fallback face adjusted to its metrics, as next/font computes them, so
 * text laid out before the font arrives keeps its lines when it does. Run it
 * after adding a font or updating a font package; a unit test fails while the
 * files are stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { getFallbackMetricsFromFontFile } from "next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file.js";
import { FONT_FALLBACK_CLASS, FONT_NAMES, fontStylesheet, SITE_FONTS, type SiteFontName } from "@/lib/look/fonts";

/** Faces installed on most systems that are drawn to the metrics next/font adjusts from (Arial, Times New Roman), or near them. */
const LOCAL_FALLBACKS = {
  "sans-serif": ["Arial", "Arimo", "Liberation Sans", "Helvetica Neue", "Helvetica", "Roboto"],
  serif: ["Times New Roman", "Tinos", "Liberation Serif", "Times"],
};

const modules = path.join(process.cwd(), "node_modules");

/** Fontsource's faces, renamed to the family the site uses, pointed at the package's files, and drawn at once (`optional`). */
function webFaces(name: SiteFontName): string[] {
  const { family, web } = SITE_FONTS[name];
  const source = readFileSync(path.join(modules, web, "index.css"), "utf8");
  return [...source.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
    const declarations = body!
      .replace(/font-family:[^;]*;/, `font-family: "${family}";`)
      .replace(/font-display:[^;]*;/, "font-display: optional;")
      .replace(/url\(\.\/files\/([^)]+)\)\s*format\([^)]*\)/, `url("../../node_modules/${web}/files/$1") format("woff2")`);
    return `@font-face {${declarations}}`;
  });
}

function fallbackFace(name: SiteFontName): string {
  const { family, print, generic } = SITE_FONTS[name];
  const font = fontkit.openSync(path.join(modules, print[400])) as fontkit.Font;
  const metrics = getFallbackMetricsFromFontFile(font, generic === "serif" ? "serif" : "sans-serif");
  const sources = LOCAL_FALLBACKS[generic].map((local) => `local("${local}")`).join(", ");
  return `@font-face {
  font-family: "${family} Fallback";
  src: ${sources};
  ascent-override: ${metrics.ascentOverride};
  descent-override: ${metrics.descentOverride};
  line-gap-override: ${metrics.lineGapOverride};
  size-adjust: ${metrics.sizeAdjust};
}`;
}

/** The whole stylesheet for one font: its faces, its fallback, and the page's font. Unlayered, so it wins over Tailwind's preflight. */
export function fontStylesheetText(name: SiteFontName): string {
  const { family, web, generic } = SITE_FONTS[name];
  const systemStack = generic === "serif" ? "ui-serif, Georgia, serif" : "ui-sans-serif, system-ui, sans-serif";
  return [
    `/* ${family}, self-hosted from ${web}; written by \`npm run fonts\` (scripts/font-faces.ts): edit lib/look/fonts.ts, not this file. */`,
    ...webFaces(name),
    fallbackFace(name),
    `html {\n  font-family: "${family}", "${family} Fallback", ${systemStack};\n}`,
    `/* The font could not come in time for the first paint (lib/font-preload.ts): the page keeps its fallback. */\nhtml.${FONT_FALLBACK_CLASS} {\n  font-family: "${family} Fallback", ${systemStack};\n}`,
    "",
  ].join("\n\n");
}

if (process.argv[1]?.endsWith("font-faces.ts")) {
  for (const name of FONT_NAMES) writeFileSync(fontStylesheet(name), fontStylesheetText(name));
  console.log(`Wrote ${FONT_NAMES.map(fontStylesheet).join(", ")}`);
}
