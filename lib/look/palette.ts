/**
 * The site's colours, from two choices of the owner's (lib/look/look.ts): an
 * accent and a neutral tone. The accent is used as written in the light theme,
 * for links, buttons and the radar; the dark theme gets a light shade of the
 * same hue, and both get a stronger shade (hover, figures) and a soft one
 * (badges). Every pair of text and background the site draws with these
 * colours is checked against WCAG AA's 4.5:1, in both themes.
 */
import { clampChroma, formatHex, type Oklch, oklch, parse, wcagContrast } from "culori";
import tailwindColors from "tailwindcss/colors";

export const NEUTRAL_TONES = ["slate", "gray", "zinc", "neutral", "stone"] as const;
export type NeutralTone = (typeof NEUTRAL_TONES)[number];

export const TONE_STEPS = ["50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950"] as const;
export type ToneStep = (typeof TONE_STEPS)[number];

export interface AccentColors {
  accent: string;
  accentStrong: string;
  accentSoft: string;
  onAccent: string;
}

export interface Palette {
  light: AccentColors;
  dark: AccentColors;
  /** The neutral tone's eleven shades as hex, lightest first. */
  tone: Record<ToneStep, string>;
}

/** WCAG AA for normal text; links, buttons and badges are all normal-size text. */
export const AA_TEXT = 4.5;

const hex = (color: Oklch) => formatHex(clampChroma(color, "oklch"));
const toOklch = (color: string): Oklch => oklch(parse(color)) ?? { mode: "oklch", l: 0, c: 0 };

/** The same hue at another lightness, its colourfulness capped so a pale shade stays calm. */
function shade(color: Oklch, lightness: number, maxChroma: number): string {
  return hex({ mode: "oklch", l: lightness, c: Math.min(color.c, maxChroma), h: color.h });
}

export function toneShades(neutral: NeutralTone): Record<ToneStep, string> {
  const scale = tailwindColors[neutral];
  return Object.fromEntries(TONE_STEPS.map((step) => [step, formatHex(parse(scale[step])) ?? "#000000"])) as Record<ToneStep, string>;
}

/** The palette for an accent written as any CSS colour (the schema accepts hex only) and a neutral tone. */
export function derivePalette(accent: string, neutral: NeutralTone): Palette {
  const base = toOklch(accent);
  const tone = toneShades(neutral);
  return {
    light: {
      accent: hex(base),
      accentStrong: hex({ ...base, l: Math.max(base.l - 0.1, 0.15) }),
      accentSoft: shade(base, 0.97, 0.03),
      onAccent: "#ffffff",
    },
    dark: {
      accent: shade(base, Math.max(base.l, 0.84), 0.14),
      accentStrong: shade(base, Math.max(base.l, 0.92), 0.08),
      accentSoft: shade(base, 0.3, 0.06),
      onAccent: tone["950"],
    },
    tone,
  };
}

export interface ContrastPair {
  theme: "light" | "dark";
  /** What is drawn, in words: "links and buttons on the page". */
  use: string;
  text: string;
  background: string;
  ratio: number;
}

/** Every text-on-background pair the site draws with the accent colours, with its contrast. */
export function contrastPairs({ light, dark, tone }: Palette): ContrastPair[] {
  const pair = (theme: ContrastPair["theme"], use: string, text: string, background: string) => ({
    theme,
    use,
    text,
    background,
    ratio: wcagContrast(text, background),
  });
  return [
    pair("light", "links on white", light.accent, "#ffffff"),
    pair("light", "links on the page", light.accent, tone["50"]),
    pair("light", "figures and hovered links", light.accentStrong, tone["50"]),
    pair("light", "badges", light.accentStrong, light.accentSoft),
    pair("light", "button text", light.onAccent, light.accent),
    pair("light", "hovered button text", light.onAccent, light.accentStrong),
    pair("dark", "links on cards", dark.accent, tone["900"]),
    pair("dark", "links on the page", dark.accent, tone["950"]),
    pair("dark", "figures and hovered links", dark.accentStrong, tone["950"]),
    pair("dark", "badges", dark.accentStrong, dark.accentSoft),
    pair("dark", "button text", dark.onAccent, dark.accent),
    pair("dark", "hovered button text", dark.onAccent, dark.accentStrong),
  ];
}

export const failingPairs = (palette: Palette) => contrastPairs(palette).filter((pair) => pair.ratio < AA_TEXT);

/**
 * The colour closest to `accent` that passes every pair: the same hue and
 * colourfulness, darker step by step (only a light accent fails, on white).
 * Undefined when none does, which no hue reaches before black.
 */
export function nearestPassingAccent(accent: string, neutral: NeutralTone): string | undefined {
  const base = toOklch(accent);
  for (let lightness = base.l; lightness >= 0; lightness -= 0.005) {
    const candidate = hex({ ...base, l: lightness });
    if (failingPairs(derivePalette(candidate, neutral)).length === 0) return candidate;
  }
  return undefined;
}
