import localFont from "next/font/local";

/**
 * Geist, self-hosted from the geist package (the same font the preview images
 * and the PDF draw with: lib/site-font.ts; next/font takes its path only as a
 * literal). `optional` lets the browser skip
 * the font on a first visit over a slow connection instead of swapping it in
 * late (a swap would repaint the largest text and delay LCP); once cached, it
 * is always used.
 */
export const sans = localFont({
  src: "../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "optional",
});
