/**
 * The CSS variables behind the site's colour classes (app/globals.css's
 * `@theme inline`), from the owner's `look`: set on every page in a <style>
 * of its own, which the page's policy allows by its hash like the critical CSS.
 */
import type { Look } from "@/lib/content";
import { type AccentColors, derivePalette, TONE_STEPS } from "./palette";

/** Tailwind's radius scale; square corners set every step to zero (`rounded-full` stays round: dots and pills). */
const RADII = ["xs", "sm", "md", "lg", "xl", "2xl", "3xl", "4xl"];

const accentVariables = (colors: AccentColors) =>
  `--accent:${colors.accent};--accent-strong:${colors.accentStrong};--accent-soft:${colors.accentSoft};--on-accent:${colors.onAccent}`;

export function themeCss(look: Look): string {
  const { light, dark, tone } = derivePalette(look.accent, look.neutral);
  const root = [...TONE_STEPS.map((step) => `--tone-${step}:${tone[step]}`), accentVariables(light)];
  if (look.corners === "square") root.push(...RADII.map((radius) => `--radius-${radius}:0`));
  return [
    `:root{${root.join(";")}}`,
    // On paper the light colours, whatever the screen's theme.
    `@media screen{html.dark{${accentVariables(dark)}}}`,
    `@media screen and (prefers-color-scheme:dark){html:not(.light){${accentVariables(dark)}}}`,
  ].join("");
}
