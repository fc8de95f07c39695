/**
 * The owner's colours for what the build draws itself, from the same palette
 * as the pages: the preview images, on the dark theme's colours, and the
 * résumé PDF, on paper's (the light theme's).
 */
import { formatHex, interpolate } from "culori";
import { getProfile } from "@/lib/content";
import { derivePalette } from "./palette";

function palette() {
  const { accent, neutral } = getProfile().look;
  return derivePalette(accent, neutral);
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
