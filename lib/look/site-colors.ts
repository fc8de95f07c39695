/**
 * The owner's colours for what the build draws itself, from the same palette
 * as the pages: the preview images, on the dark theme's colours, and the
 * résumé PDF, on paper's (the light theme's).
 */
import { formatHex, interpolate } from "culori";
import { getProfile } from "@/lib/content";
import { derivePalette, type Palette } from "./palette";

const palettes = new Map<string, Palette>();

/** The owner's palette, derived once per look: the PDF's every component and every preview image ask for it. */
function palette(): Palette {
  const { accent, neutral } = getProfile().look;
  const key = `${accent} ${neutral}`;
  if (!palettes.has(key)) palettes.set(key, derivePalette(accent, neutral));
  return palettes.get(key)!;
}

export function shareColors() {
  const { dark, tone } = palette();
  const between = formatHex(interpolate([tone["800"], tone["900"]])(0.5)) ?? tone["800"];
  return {
    background: tone["900"],
    text: tone["50"],
    muted: tone["400"],
    accent: dark.accent,
    rule: tone["800"],
    radar: { sectors: [tone["800"], between] as [string, string], line: tone["700"], point: dark.accent },
  };
}

export function paperColors() {
  const { light, tone } = palette();
  return { ink: tone["900"], muted: tone["600"], accent: light.accentStrong, rule: tone["300"] };
}
