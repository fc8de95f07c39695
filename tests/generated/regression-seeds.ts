/**
 * Seeds of generated content sets (tests/generated/content-set.ts) that found
 * a bug, with what they found; the unit tests load every one of them.
 * Rebuild one with `node --import tsx tests/generated/write.ts <dir> <seed>`,
 * then `CONTENT_DIR=<dir> npm run build` and the end-to-end suite.
 */
export const REGRESSION_SEEDS: { seed: number; found: string }[] = [
  { seed: 1, found: 'tag "العربية": its page exported empty (Next passes the slug percent-encoded), failing the CSP step of the build' },
  { seed: 1, found: "a # in a body gave a second h1, and #### under a section's h2 skipped a level (axe heading-order)" },
  { seed: 1, found: "an 80-character word in a skill card made /skills/ and home 774 px wide on a 390 px phone" },
  { seed: 1, found: 'a skill named "#hashtag ops" was never found by the job-posting match (its index read the leading # as "sharp")' },
  { seed: 15839, found: 'a result\'s body heading skipped from the h1 to h3, and "#### <Web Components>" left an empty h4 after sanitizing' },
  { seed: 190057, found: '/resume.json was invalid JSON Resume: a certificate url "https://例え.jp/パス" is no "uri" until punycoded and percent-encoded' },
  { seed: 2080416788, found: "the radar's focus caption of a skill named by an 80-character URL is cut short, which the test took for a wrong name" },
  { seed: 767326723, found: 'a skill named "2021-03-04" came back from /resume.json as a date: the import wrote it unquoted' },
];
