/** The content sets a test run builds and checks, and where each one's export goes. */
export interface ContentSet {
  name: string;
  contentDir: string;
  basePath?: string;
  siteUrl?: string;
  /** Whole-site browser sweeps visit a telling sample of pages rather than all (see tests/site/site-map.ts). */
  sample?: boolean;
  /** Written before it is built: a generated set. */
  seed?: number;
  /** The browser specs to run (a Playwright `--grep`), none (`false`), or all (left out). */
  browser?: string | false;
}

/** Where the runner keeps generated content, exports and browser results; ignored by git. */
export const KEPT = ".test-sites";

export const FIXTURE_SETS: ContentSet[] = [
  { name: "site", contentDir: "tests/fixtures/site", basePath: "/portfolio", siteUrl: "https://example.test", sample: true },
  { name: "minimal", contentDir: "tests/fixtures/edge/minimal", sample: true },
  { name: "maximal", contentDir: "tests/fixtures/edge/maximal", siteUrl: "https://maximal.example", sample: true },
];

export function generatedSet(seed: number, index = 0): ContentSet {
  return { name: `generated-${index}`, contentDir: `${KEPT}/generated-${index}-content`, siteUrl: "https://generated.example", sample: true, seed };
}

export const label = (set: ContentSet) =>
  `${set.contentDir}${set.seed === undefined ? "" : ` (seed ${set.seed})`}${set.basePath ? ` under ${set.basePath}` : ""}`;

/** Where a set's export is kept while the run checks it; the owner's goes back to out/ at the end. */
export const exportOf = (set: ContentSet) => `${KEPT}/${set.name}`;

export const isOwner = (set: ContentSet) => set.name === "content";

export const siteEnv = (set: ContentSet) => ({ CONTENT_DIR: set.contentDir, BASE_PATH: set.basePath ?? "", SITE_URL: set.siteUrl ?? "" });
