import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

/** Which shade of the neutral tone each part of prose takes, as the typography plugin's own grey themes do. */
const PROSE_SHADES = {
  body: 700,
  headings: 900,
  lead: 600,
  links: 900,
  bold: 900,
  counters: 500,
  bullets: 300,
  hr: 200,
  quotes: 900,
  "quote-borders": 200,
  captions: 500,
  kbd: 900,
  code: 900,
  "pre-code": 200,
  "pre-bg": 800,
  "th-borders": 300,
  "td-borders": 200,
};
const PROSE_INVERT_SHADES = {
  body: 300,
  lead: 400,
  counters: 400,
  bullets: 600,
  hr: 700,
  quotes: 100,
  "quote-borders": 700,
  captions: 400,
  "pre-code": 300,
  "th-borders": 600,
  "td-borders": 700,
};

/** `prose-tone`: prose in the owner's neutral tone (app/globals.css, lib/look). */
const proseTone = Object.fromEntries([
  ...Object.entries(PROSE_SHADES).map(([part, shade]) => [`--tw-prose-${part}`, `var(--tone-${shade})`]),
  ...Object.entries(PROSE_INVERT_SHADES).map(([part, shade]) => [`--tw-prose-invert-${part}`, `var(--tone-${shade})`]),
]);

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      // The font family is the owner's, set on <html> by app/fonts/<font>.css.
      typography: { tone: { css: proseTone } },
    },
  },
  plugins: [typography],
} satisfies Config;
