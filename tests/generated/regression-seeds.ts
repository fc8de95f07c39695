/**
 * Seeds of generated content sets (tests/generated/content-set.ts) that found
 * a bug, with what they found; the unit tests load every one of them.
 * Rebuild one with `node --import tsx tests/generated/write.ts <dir> <seed>`,
 * then `CONTENT_DIR=<dir> npm run build` and the end-to-end suite.
 *
 * `npm run test:all` builds every seed and checks its export on disk. In the
 * browser, a seed runs the specs that found its bugs (`browser`, a Playwright
 * `--grep`), or none when the build or the export checks did (`false`); a
 * finding without `browser` makes its seed run the whole browser suite, so
 * the matrix always holds one generated owner checked by every spec.
 */
export interface RegressionSeed {
  seed: number;
  found: string;
  browser?: string | false;
}

export const REGRESSION_SEEDS: RegressionSeed[] = [
  { seed: 1, found: 'tag "العربية": its page exported empty (Next passes the slug percent-encoded), failing the CSP step of the build' },
  { seed: 1, found: "a # in a body gave a second h1, and #### under a section's h2 skipped a level (axe heading-order)" },
  { seed: 1, found: "an 80-character word in a skill card made /skills/ and home 774 px wide on a 390 px phone" },
  { seed: 1, found: 'a skill named "#hashtag ops" was never found by the job-posting match (its index read the leading # as "sharp")' },
  {
    seed: 15839,
    found: 'a result\'s body heading skipped from the h1 to h3, and "#### <Web Components>" left an empty h4 after sanitizing',
    browser: "no axe or policy violation",
  },
  {
    seed: 190057,
    found: '/resume.json was invalid JSON Resume: a certificate url "https://例え.jp/パス" is no "uri" until punycoded and percent-encoded',
    browser: false,
  },
  {
    seed: 2080416788,
    found: "the radar's focus caption of a skill named by an 80-character URL is cut short, which the test took for a wrong name",
    browser: "keyboard focus reaches the radar",
  },
  { seed: 767326723, found: 'a skill named "2021-03-04" came back from /resume.json as a date: the import wrote it unquoted', browser: false },
  {
    seed: 1531963428,
    found:
      "a résumé estimated at one page printed on two (skills named by 80-character words, author lists in four scripts); and the matcher's data in Next's payload made the Cyrillic font preload on /match/, which shows no Cyrillic",
    browser: false,
  },
];

/**
 * The browser specs that re-check a seed: every spec (`undefined`) when any of
 * its findings asks for them all, none (`false`) when none needs a browser,
 * otherwise a `--grep` for the specs that found its bugs.
 */
export function browserChecksOf(seed: number, seeds: readonly RegressionSeed[] = REGRESSION_SEEDS): string | false | undefined {
  const findings = seeds.filter((each) => each.seed === seed);
  if (findings.length === 0 || findings.some((each) => each.browser === undefined)) return undefined;
  const greps = findings.map((each) => each.browser).filter((grep) => typeof grep === "string");
  return greps.length === 0 ? false : greps.join("|");
}
