/** Every font offered is complete: its stylesheet is current, its files exist, and it draws Latin Extended for the PDF and previews. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { FONT_NAMES, fontStylesheet, SITE_FONTS } from "@/lib/look/fonts";
import { fontStylesheetText } from "@/scripts/font-faces";

describe.each(FONT_NAMES)("the %s font", (name) => {
  const stylesheet = readFileSync(fontStylesheet(name), "utf8");

  it("has its stylesheet as `npm run fonts` writes it", () => {
    expect(stylesheet).toBe(fontStylesheetText(name));
  });

  it("points only at files of its own package, which exist", () => {
    const urls = [...stylesheet.matchAll(/url\("([^"]+)"\)/g)].map(([, url]) => url!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toContain(`/node_modules/${SITE_FONTS[name].web}/files/`);
      expect(existsSync(path.resolve("app/fonts", url)), url).toBe(true);
    }
  });

  it("draws the letters of the names the tests meet in the PDF and the previews", () => {
    for (const weight of [400, 600] as const) {
      const font = fontkit.openSync(path.join("node_modules", SITE_FONTS[name].print[weight])) as fontkit.Font;
      const missing = [..."Łódź Straße Zoë Kraków €½–…·"].filter((char) => char !== " " && !font.hasGlyphForCodePoint(char.codePointAt(0)!));
      expect(missing, `${weight}`).toEqual([]);
    }
  });
});
