/**
 * Owners nobody wrote by hand: a seeded generator of valid content folders,
 * built from what the content schemas (lib/content/schema.ts), the kinds
 * table (lib/content/kinds.ts) and the loader (lib/content/load.ts) accept.
 *
 * A seed reproduces a set byte for byte: fast-check draws a plan (counts,
 * texts, optional fields present or absent, references as plain numbers),
 * then the plan is resolved into unique slugs and valid references and
 * written with the `yaml` package, so quoting is always right.
 *
 * The texts are what people write and what HTML, YAML, URLs, PDFs and JSON
 * treat specially: `& < > " ' \` # :`, emoji with ZWJ sequences and flags,
 * combining accents, Arabic, Hebrew and CJK, 60+ character words, titles
 * that differ only in case or punctuation ("Go" and "GO", "C" and "C#").
 * No images: they need real files.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatHex } from "culori";
import fc from "fast-check";
import { stringify } from "yaml";
import { FRONT_MATTER_YAML } from "@/lib/content/front-matter";
import { FONT_NAMES } from "@/lib/look/fonts";
import { NEUTRAL_TONES, nearestPassingAccent } from "@/lib/look/palette";

export interface ContentSetSummary {
  seed: number;
  dir: string;
  /** Markdown files written (profile included). */
  files: number;
  categories: number;
  skills: number;
  projects: number;
  achievements: number;
  experience: number;
  education: number;
  certifications: number;
  honours: number;
  publications: number;
  talks: number;
  articles: number;
  /** Distinct tag labels written on skills (before the site merges those with the same slug). */
  tags: number;
  /** Optional folders left out entirely. */
  omitted: string[];
}

// ---------------------------------------------------------------------------
// Texts

const LONG_WORDS = [
  "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft",
  "pneumonoultramicroscopicsilicovolcanoconiosis-and-then-some-more-text-without-spaces",
  "AbstractSingletonProxyFactoryBeanConfigurationManagerServiceLocatorResolverImpl",
  "https://example.com/a/very/long/path/that/never/breaks/because/it/has/no/spaces/at/all",
  "ThisIsAnIdentifierThatSomebodyPastedFromAStackTraceWithoutAnySpacesInsideItAtAll_v2",
];

/** Skill titles: real technologies, and the ones that differ only in case or punctuation. */
const SKILL_TITLES = [
  "Go",
  "GO",
  "C",
  "C#",
  "C++",
  "F#",
  ".NET",
  "Node.js",
  "NodeJS",
  "node.js",
  "PostgreSQL",
  "Postgres",
  "Redis",
  "Apache Kafka",
  "Kubernetes",
  "TypeScript",
  "Rust",
  "Python",
  "SQL",
  "gRPC",
  "CI/CD",
  "Pub/Sub",
  "R&D tooling",
  "AT&T-style billing",
  "REST & HTTP",
  '"Quoted" APIs',
  "O'Reilly-style docs",
  "`make` & shell",
  "#hashtag ops",
  "Ops: on-call",
  "YAML: the hard parts",
  "Straße routing",
  "Łódź geodata",
  "Cafe\u0301 ordering",
  "Café ordering",
  "日本語 NLP",
  "中文分词",
  "한국어 검색",
  "العربية",
  "עברית",
  "Ελληνικά",
  "Кириллица",
  "🚀 Launches",
  "👩‍💻 Pair programming",
  "🇩🇪 Localization",
  "🏳️‍🌈 Inclusive design",
  "yes",
  "null",
  "true",
  "1e3",
  "2021-03-04",
  "- dash first",
  "? question",
  "@mentions",
  "*stars*",
  "[brackets]",
  "{braces}",
  "100% uptime",
  "| pipes",
  "> quotes",
  "'single'",
  ...LONG_WORDS,
];

/**
 * Titles that are no technology's name (markup, punctuation only): fine for a
 * project or a result, but a posting would never name a skill so.
 */
const ODD_TITLES = ["<Web Components>", "~", "<script>alert(1)</script>", "¯\\_(ツ)_/¯", "..."];

const CATEGORY_TITLES = [
  "Languages & runtimes",
  "Data <stores>",
  'Ops: "the rest"',
  "Go",
  "GO",
  "Core",
  "core",
  "日本語",
  "العربية والعبرية",
  "עברית",
  "🚀 Exploring",
  "Practice #1",
  "`Tools`",
  "C & C#",
  "Ünïcödé",
  LONG_WORDS[0]!,
];

const NAMES = [
  "Jane Doe",
  "Zoë Łukasiewicz-Example",
  "محمد الأحمد",
  "דנה כהן",
  "山田 太郎",
  "O'Brien & Sons",
  'Jean-Luc "JL" Picard',
  "Rene\u0301e Dupont",
  "👩‍💻 Ada",
  "<b>Not bold</b>",
  "ALL CAPS NAME",
];

const HEADLINES = [
  "Backend & APIs: Building <Scalable> Systems",
  "Staff platform engineer",
  'Engineer who writes "quotes" & <tags>',
  "مهندس برمجيات",
  "ソフトウェアエンジニア",
  "מהנדסת תוכנה",
  "#1 at shipping: on time",
  "Dev 🚀 Ops 🇪🇺",
  LONG_WORDS[2]!,
];

const SENTENCES = [
  "Builds systems that stay up & stay fast.",
  'Wrote the <API> gateway and the "retry" logic behind it.',
  "Uses `SELECT * FROM t WHERE a < b && c > d` more than is healthy.",
  "Knows why 'quotes' and \"double quotes\" differ in YAML: it matters.",
  "#1 priority: the on-call rotation.",
  "Ships with emoji 🚀🔥 and flags 🇯🇵🇧🇷 and families 👨‍👩‍👧‍👦.",
  "Café, cafe\u0301, naïve, coöperate, Zürich.",
  "يعمل على أنظمة التوزيع منذ عشر سنوات.",
  "עובדת על מערכות מבוזרות כבר עשור.",
  "分散システムを十年間作ってきました。",
  "分布式系统工程师，专注于数据库。",
  "데이터베이스와 검색을 다룹니다.",
  "Mixed: English, العربية, עברית and 日本語 in one line.",
  "Reads <script>alert('x')</script> as text, never as code.",
  "Costs went from $1,000 to $10 (a 99% cut) & latency < 5 ms.",
  'Keeps JSON like {"a": [1, 2]} and paths like C:\\Users\\me\\ tidy.',
  "A line with a colon: and a hash # inside it.",
  "Line one of two\nand line two.",
  "Tabs\tand  double  spaces.",
  `A word without spaces: ${LONG_WORDS[1]}.`,
  `${LONG_WORDS[3]}`,
  "50% of the time, it works every time.",
  "Uses C, C#, C++, F# and .NET; also Node.js, not NodeJS.",
  "Backticks ``like `this` `` and a lone `.",
  "Ends with an ellipsis…",
  "— dashes – everywhere —",
];

const SHORT_TEXTS = [
  "Acme Inc",
  "ACME inc.",
  "Smith & Wesson Labs",
  "<Example> GmbH",
  '"Quoted" Ltd',
  "O'Reilly Media",
  "東京大学",
  "جامعة القاهرة",
  "האוניברסיטה העברית",
  "Universität Zürich",
  "École polytechnique",
  "Ecole\u0301 normale",
  "🚀 Rocket Startup",
  "Company #42: the sequel",
  "CNCF",
  "AWS",
  LONG_WORDS[4]!,
];

const LOCATIONS = ["Berlin", "Kraków, Poland", "São Paulo", "القاهرة", "תל אביב", "東京都", "Zürich 🇨🇭", "Remote & async", "<Somewhere>", "N 52°31′ E 13°24′"];

const TAGS = [
  "SQL",
  "sql",
  "Node.js",
  "node-js",
  "C++",
  "C#",
  "C",
  "Go",
  "GO",
  "CI/CD",
  "A&B testing",
  "<tag>",
  '"quoted"',
  "it's",
  "#hash",
  "key: value",
  "日本語",
  "中文",
  "العربية",
  "עברית",
  "🚀",
  "👩‍💻",
  "🇫🇷 i18n",
  "éclair",
  "e\u0301clair",
  "Ünïcödé",
  "Observability",
  "Indexing",
  "Full-text search",
  "Distributed systems",
  LONG_WORDS[2]!,
];

const URLS = [
  "https://example.com",
  "https://example.com/path?a=1&b=2#frag",
  "http://example.org/~user/",
  "https://bücher.example/straße",
  "https://example.com/a%20b/'quoted'",
  "https://github.com/example/repo",
  "https://example.com/?q=%3Cscript%3E&x=%22y%22",
  "https://sub.domain.example.co.uk:8443/deep/path/",
  "https://例え.jp/パス",
];

const EMAILS = ["jane@example.com", "o'brien+jobs@example.co.uk", "first.last@sub.example.org", "x@example.io"];
const LOCALES = ["en_US", "en_GB", "de_DE", "ar_EG", "he_IL", "ja_JP", "zh_CN", "pt_BR"];
const PROFICIENCIES = ["expert", "advanced", "production", "working", "learning"] as const;
const CONTEXTS = ["company", "lab", "research", "personal", "open-source", "freelance", "client"] as const;
const FIGURES = ["99.9%", "-40%", "$1M", "10×", "< 5 ms", "#1", "3 → 1", "½", "٪٩٩", "１００％", "🚀 2x", "1,000,000"];
const METRICS = ["uptime", "p99 latency", "cost & waste", "<errors>", '"happy" users', "زمن الاستجابة", "レイテンシ", "builds/day"];
const CODE_LANGUAGES = ["ts", "python", "sql", "go", "rust", "bash", "json", "yaml", "html", "c", "csharp", "cpp", "unknownlang", "text"];
const CODE_SNIPPETS = [
  'const html = `<script>alert("x")</script>`;\nif (a < b && c > d) console.log("&amp;");',
  "SELECT name FROM users WHERE email LIKE '%@example.com' AND id < 10;",
  'func main() {\n\tfmt.Println("héllo, 世界 🚀")\n}',
  '{"key": "value", "list": [1, 2, 3], "nested": {"a": "<b>"}}',
  'title: "Testing: the basics"\n# not a comment in the page\n---\nnot front matter',
  "echo $HOME && rm -rf ./build # careful\n```not a fence inside```",
  "مرحبا بالعالم\nשלום עולם\nこんにちは世界",
  `${LONG_WORDS[0]}${LONG_WORDS[2]}`,
];

// ---------------------------------------------------------------------------
// The plan: what fast-check draws

type Block =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; sentences: string[]; link?: { internal: boolean; n: number; label: string } }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "code"; language?: string; code: string }
  | { kind: "quote"; text: string }
  | { kind: "rule" }
  | { kind: "raw"; text: string };

type DateForm = { year: number; month?: number; day?: number; asString: boolean };
type Period = { start?: DateForm; end?: DateForm };

/** How a file is named and placed: usually its slug, sometimes with a `slug:` override, a subfolder, another extension, a BOM or CRLF. */
interface FileShape {
  slugOverride: boolean;
  subfolder?: string;
  markdownExtension: boolean;
  bom: boolean;
  crlf: boolean;
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>, freq = 2) => fc.option(arbitrary, { nil: undefined, freq });
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const refs = (max = 5) => maybe(fc.array(fc.nat(), { maxLength: max }));

const textArb = fc.oneof({ weight: 3, arbitrary: pick(SENTENCES) }, { weight: 2, arbitrary: pick(SHORT_TEXTS) }, { weight: 1, arbitrary: pick(SKILL_TITLES) });

const titleArb = (pool: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: pick(pool) },
    { weight: 1, arbitrary: fc.tuple(pick(pool), pick(["🚀", "v2", "(legacy)", "& co", "→ next", "日本", "2.0"])).map(([a, b]) => `${a} ${b}`) },
    { weight: 1, arbitrary: pick(LONG_WORDS) },
  );

/**
 * A year, a month, or a day. Whether a date has a day, and which, is derived
 * from what was drawn rather than drawn itself, so every seed keeps the
 * content it had before days were allowed.
 */
const dateArb: fc.Arbitrary<DateForm> = fc
  .record(
    { year: fc.integer({ min: 1990, max: 2027 }), month: maybe(fc.integer({ min: 1, max: 12 })), asString: fc.boolean() },
    { requiredKeys: ["year", "asString"] },
  )
  .map((date) => (date.month !== undefined && date.year % 3 === 0 ? { ...date, day: ((date.year + date.month * 7) % 28) + 1 } : date));

const periodArb: fc.Arbitrary<Period> = fc.record({ start: maybe(dateArb), end: maybe(dateArb) }, { requiredKeys: [] }).map(({ start, end }) => {
  if (!start || !end) return { start, end };
  const order = (d: DateForm) => (d.year * 13 + (d.month ?? 0)) * 32 + (d.day ?? 0);
  return order(end) < order(start) ? { start: end, end: start } : { start, end };
});

const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant("heading" as const), level: fc.integer({ min: 1, max: 4 }), text: titleArb(SKILL_TITLES) }),
  fc.record(
    {
      kind: fc.constant("paragraph" as const),
      sentences: fc.array(pick(SENTENCES), { minLength: 1, maxLength: 4 }),
      link: maybe(fc.record({ internal: fc.boolean(), n: fc.nat(), label: titleArb(SKILL_TITLES) })),
    },
    { requiredKeys: ["kind", "sentences"] },
  ),
  fc.record({ kind: fc.constant("list" as const), ordered: fc.boolean(), items: fc.array(textArb, { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant("code" as const), language: maybe(pick(CODE_LANGUAGES)), code: pick(CODE_SNIPPETS) }, { requiredKeys: ["kind", "code"] }),
  fc.record({ kind: fc.constant("quote" as const), text: pick(SENTENCES) }),
  fc.constant({ kind: "rule" as const }),
  fc.record({
    kind: fc.constant("raw" as const),
    text: pick(['<script>alert("x")</script>', '<img src=x onerror="alert(1)">', "<div>html & <b>bold</b></div>", "&amp; &lt; &#x26; &copy;"]),
  }),
);

const bodyArb = fc.oneof({ weight: 1, arbitrary: fc.constant([] as Block[]) }, { weight: 4, arbitrary: fc.array(blockArb, { minLength: 1, maxLength: 7 }) });

const fileShapeArb: fc.Arbitrary<FileShape> = fc.record(
  {
    slugOverride: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    subfolder: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: pick(["archive", "2024", "nested/deeper"]) }),
    markdownExtension: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    bom: fc.integer({ min: 0, max: 14 }).map((n) => n === 0),
    crlf: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  },
  { requiredKeys: ["slugOverride", "markdownExtension", "bom", "crlf"] },
);

const yearsArb = fc.oneof(
  fc.integer({ min: 0, max: 30 }),
  fc.integer({ min: 1, max: 25 }).map((n) => `${n}+`),
  fc.constantFrom(0.5, 1.5, 2.5),
  fc.constantFrom("2.5", "10+", "0"),
);

const categoryArb = fc.record({ title: titleArb(CATEGORY_TITLES), description: maybe(textArb) }, { requiredKeys: ["title"] });

const skillArb = fc.record(
  {
    title: titleArb(SKILL_TITLES),
    category: fc.nat(),
    proficiency: pick(PROFICIENCIES),
    years: maybe(yearsArb),
    featured: maybe(fc.boolean()),
    summary: textArb,
    tags: maybe(fc.array(pick(TAGS), { maxLength: 6 })),
    aliases: maybe(fc.array(titleArb(SKILL_TITLES), { maxLength: 3 })),
    related: refs(4),
    formerSlugs: fc.integer({ min: 0, max: 6 }).map((n) => Math.max(0, n - 4)),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["title", "category", "proficiency", "summary", "formerSlugs", "file", "body"] },
);

const projectArb = fc.record(
  {
    title: titleArb([...SHORT_TEXTS, ...SKILL_TITLES, ...ODD_TITLES]),
    context: maybe(pick(CONTEXTS)),
    organization: maybe(pick(SHORT_TEXTS)),
    summary: textArb,
    skills: refs(6),
    outcomes: maybe(fc.array(textArb, { maxLength: 4 })),
    featured: maybe(fc.boolean()),
    url: maybe(pick(URLS)),
    repository: maybe(pick(URLS)),
    formerSlugs: fc.integer({ min: 0, max: 5 }).map((n) => Math.max(0, n - 3)),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["title", "summary", "formerSlugs", "file", "body"] },
);

const achievementArb = fc.record(
  {
    title: titleArb([...FIGURES.map((f) => `${f} ${METRICS[0]}`), ...SENTENCES.slice(0, 6), ...SKILL_TITLES.slice(0, 12), ...ODD_TITLES]),
    figure: fc.oneof(
      { weight: 3, arbitrary: pick(FIGURES) },
      { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -1000, max: 1_000_000 }), fc.constantFrom(99.9, 0.5)) },
    ),
    metric: pick(METRICS),
    summary: maybe(textArb),
    projects: refs(3),
    skills: refs(4),
    featured: maybe(fc.boolean()),
    formerSlugs: fc.integer({ min: 0, max: 5 }).map((n) => Math.max(0, n - 4)),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["title", "figure", "metric", "formerSlugs", "file", "body"] },
);

const experienceArb = fc.record(
  {
    organization: pick(SHORT_TEXTS),
    role: maybe(titleArb(HEADLINES)),
    period: periodArb,
    current: fc.boolean(),
    location: maybe(pick(LOCATIONS)),
    url: maybe(pick(URLS)),
    summary: maybe(textArb),
    highlights: maybe(fc.array(textArb, { maxLength: 5 })),
    skills: refs(5),
    projects: refs(3),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["organization", "period", "current", "file", "body"] },
);

const educationArb = fc.record(
  {
    institution: pick(SHORT_TEXTS),
    degree: maybe(pick(["BSc", "MSc", "PhD", "Exchange semester", "B.A. & M.A.", "学士"])),
    area: maybe(pick(["Computer Science", "Mathematics & Physics", "علوم الحاسوب", "מדעי המחשב", "情報科学"])),
    period: periodArb,
    location: maybe(pick(LOCATIONS)),
    score: maybe(pick(["First-class honours", "3.9 GPA", "1,0", "A+", "summa cum laude"])),
    url: maybe(pick(URLS)),
    summary: maybe(textArb),
    skills: refs(4),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["institution", "period", "file", "body"] },
);

const certificationArb = fc.record(
  {
    title: titleArb([
      "Certified Kubernetes Administrator",
      "AWS Solutions Architect – Associate",
      "Oracle <Java> SE",
      "ISTQB® Foundation",
      "日本語能力試験 N1",
      ...SKILL_TITLES,
    ]),
    issuer: maybe(pick(SHORT_TEXTS)),
    date: maybe(dateArb),
    url: maybe(pick(URLS)),
    summary: maybe(textArb),
    skills: refs(3),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["title", "file", "body"] },
);

const honourArb = fc.record(
  {
    title: titleArb([
      "Best Mobile App, DACH Developer Awards",
      "Prix « Open Data » 2024",
      "Hackathon winner: 1st place",
      "ACM <Student> Award",
      "最優秀賞",
      ...SKILL_TITLES,
    ]),
    awarder: maybe(pick(SHORT_TEXTS)),
    date: maybe(dateArb),
    url: maybe(pick(URLS)),
    summary: maybe(textArb),
    skills: refs(3),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["title", "file", "body"] },
);

const publicationArb = fc.record(
  {
    title: titleArb([
      "Fast, safe parsing of untrusted JSON at the edge",
      "On the Ω(n log n) lower bound for C++ & Rust {hash} maps",
      "Latency budgets: 50% fewer timeouts with 100$ of hardware",
      "分散システムにおける一貫性",
      ...SKILL_TITLES.slice(0, 6),
      ...ODD_TITLES,
    ]),
    authors: fc.array(pick(NAMES), { minLength: 1, maxLength: 8 }),
    venue: maybe(pick([...SHORT_TEXTS, "Proceedings of the 12th ACM Symposium on Cloud Computing (SoCC '21)"])),
    date: maybe(dateArb),
    doi: maybe(pick(["10.1145/3290605.3300233", "10.1000/182", "10.5555/12345678_(v2)#a"])),
    url: maybe(pick(URLS)),
    abstract: textArb,
    skills: refs(3),
    featured: maybe(fc.boolean()),
    formerSlugs: fc.integer({ min: 0, max: 4 }).map((n) => Math.max(0, n - 3)),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["title", "authors", "abstract", "formerSlugs", "file", "body"] },
);

const talkArb = fc.record(
  {
    title: titleArb([
      "Exactly-once, or: how I learned to love idempotency",
      "Postgres at 10⁵ writes/s",
      "Kafka & <Friends>",
      "Go 🐹 in production",
      ...SKILL_TITLES.slice(0, 6),
      ...ODD_TITLES,
    ]),
    event: pick([...SHORT_TEXTS, "KubeCon + CloudNativeCon Europe 2024", "Berlin Go Meetup #42"]),
    date: maybe(dateArb),
    location: maybe(pick([...LOCATIONS, "Online"])),
    summary: textArb,
    slides: maybe(pick(URLS)),
    recording: maybe(pick(URLS)),
    skills: refs(3),
    featured: maybe(fc.boolean()),
    formerSlugs: fc.integer({ min: 0, max: 4 }).map((n) => Math.max(0, n - 3)),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["title", "event", "summary", "formerSlugs", "file", "body"] },
);

const articleArb = fc.record(
  {
    title: titleArb([
      "Why we moved off the monolith",
      "Ten years of Postgres & <me>",
      "日本語のタイトル",
      "C++ vs. C# vs. F#",
      ...SKILL_TITLES.slice(0, 6),
      ...ODD_TITLES,
    ]),
    date: dateArb,
    summary: textArb,
    tags: maybe(fc.array(pick([...SHORT_TEXTS, "Rust", "Kubernetes"]), { maxLength: 4 })),
    skills: refs(3),
    featured: maybe(fc.boolean()),
    formerSlugs: fc.integer({ min: 0, max: 4 }).map((n) => Math.max(0, n - 3)),
    file: fileShapeArb,
    body: bodyArb,
  },
  { requiredKeys: ["title", "date", "summary", "formerSlugs", "file", "body"] },
);

const profileArb = fc.record(
  {
    name: maybe(pick(NAMES)),
    headline: pick(HEADLINES),
    summary: textArb,
    experience: maybe(yearsArb),
    focus: maybe(textArb),
    location: maybe(pick(LOCATIONS)),
    email: maybe(pick(EMAILS)),
    links: maybe(
      fc.array(fc.record({ label: titleArb(["GitHub", "LinkedIn", "Blog & notes", "<Mastodon>", "مدونة", "ブログ", "🐘"]), url: pick(URLS) }), {
        maxLength: 4,
      }),
    ),
    url: maybe(pick(URLS)),
    locale: maybe(pick(LOCALES)),
    bom: fc.boolean(),
    body: bodyArb,
  },
  { requiredKeys: ["headline", "summary", "bom", "body"] },
);

/**
 * A look with any accent: a random colour, darkened to the nearest one that
 * passes the contrast check when it does not (what `npm run check` suggests).
 */
const lookArb = fc
  .record(
    {
      hue: fc.integer({ min: 0, max: 359 }),
      lightness: fc.integer({ min: 20, max: 90 }),
      chroma: fc.integer({ min: 0, max: 25 }),
      neutral: pick(NEUTRAL_TONES),
      theme: pick(["system", "light", "dark"] as const),
      corners: pick(["rounded", "square"] as const),
      font: pick(FONT_NAMES),
    },
    { requiredKeys: ["hue", "lightness", "chroma"] },
  )
  .map(({ hue, lightness, chroma, ...rest }) => {
    const drawn = formatHex({ mode: "oklch", l: lightness / 100, c: chroma / 100, h: hue });
    return { accent: nearestPassingAccent(drawn, rest.neutral ?? "slate"), ...rest };
  });

/** A count drawn from weighted ranges, so "exactly one" and "many" both come up. */
const countArb = (ranges: [weight: number, min: number, max: number][]) =>
  fc.oneof(...ranges.map(([weight, min, max]) => ({ weight, arbitrary: fc.integer({ min, max }) })));

/** An optional kind: its folder left out entirely about a third of the time, else 0..max records. */
const optionalKind = <T>(arbitrary: fc.Arbitrary<T>, max: number) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: countArb([
        [1, 0, 0],
        [4, 1, max],
      ]).chain((n) => fc.array(arbitrary, { minLength: n, maxLength: n })),
    },
  );

const planArb = fc.record({
  profile: profileArb,
  categories: countArb([
    [2, 1, 1],
    [4, 2, 5],
    [1, 6, 8],
  ]).chain((n) => fc.array(categoryArb, { minLength: n, maxLength: n })),
  skills: countArb([
    [2, 1, 1],
    [4, 2, 10],
    [3, 11, 30],
    [2, 31, 60],
  ]).chain((n) => fc.array(skillArb, { minLength: n, maxLength: n })),
  projects: optionalKind(projectArb, 10),
  achievements: optionalKind(achievementArb, 8),
  experience: optionalKind(experienceArb, 6),
  education: optionalKind(educationArb, 4),
  certifications: optionalKind(certificationArb, 5),
  hiddenFile: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  // Last, so that adding them left the sets of earlier seeds as they were.
  honours: optionalKind(honourArb, 4),
  publications: optionalKind(publicationArb, 5),
  talks: optionalKind(talkArb, 5),
  writing: optionalKind(articleArb, 6),
  look: maybe(lookArb),
});

type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------
// Resolving the plan: unique slugs, valid references

/** Lowercase ASCII words joined by hyphens; the generator's own, so that a change to the product's slugs cannot change a seed's set. */
function asciiSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\+/g, "p")
    .replace(/#/g, "sharp")
    .replace(/&/g, "and")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

/** Hands out slugs unique within one kind (former slugs included). */
class SlugPool {
  private readonly taken = new Set<string>();

  claim(wanted: string, fallback: string): string {
    const base = asciiSlug(wanted) || fallback;
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

/** Hands out titles unique under `key`: a title already taken gets a number, "yes (2)". */
class TitleBook {
  private readonly taken = new Set<string>();

  constructor(private readonly key: (title: string) => string) {}

  claim(wanted: string): string {
    let title = wanted;
    for (let n = 2; this.taken.has(this.key(title)); n++) title = `${wanted} (${n})`;
    this.taken.add(this.key(title));
    return title;
  }
}

/** Picks existing slugs by the drawn numbers; duplicates are kept now and then, as the schema allows. */
function resolve(numbers: number[] | undefined, slugs: readonly string[]): string[] | undefined {
  if (numbers === undefined) return undefined;
  if (slugs.length === 0) return [];
  const picked = numbers.map((n) => slugs[n % slugs.length]!);
  // Keep a duplicate only when the first number is a multiple of 7: rare, but it happens.
  return numbers[0] !== undefined && numbers[0] % 7 === 0 ? picked : [...new Set(picked)];
}

/** As owners write dates: 2021, "2021", "2021-03", "2021-03-15", or an unquoted 2021-03-15 (a YAML timestamp). */
function dateValue(date: DateForm | undefined): string | number | Date | undefined {
  if (!date) return undefined;
  const parts = [date.year, date.month, date.day].filter((part) => part !== undefined);
  const iso = parts.map((part, index) => String(part).padStart(index === 0 ? 4 : 2, "0")).join("-");
  if (date.day !== undefined && !date.asString) return new Date(`${iso}T00:00:00Z`);
  return date.asString || date.month !== undefined ? iso : date.year;
}

/** Front matter without the fields left undefined, in the order given. */
function fields(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

interface Links {
  /** Site paths that exist in every export of this set: `/skills/<slug>/` and the like. */
  internal: string[];
}

function renderBody(blocks: Block[], links: Links): string {
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case "heading":
        return `${"#".repeat(block.level)} ${block.text}`;
      case "paragraph": {
        const text = block.sentences.join(" ");
        if (!block.link) return text;
        const href = block.link.internal ? links.internal[block.link.n % links.internal.length]! : URLS[block.link.n % URLS.length]!;
        // A label may hold brackets; markdown needs them escaped inside a link's text.
        const label = block.link.label.replace(/([[\]\\])/g, "\\$1");
        return `${text} See [${label}](<${href}>).`;
      }
      case "list":
        return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : "-"} ${item.replace(/\n/g, " ")}`).join("\n");
      case "code":
        return `\`\`\`${block.language ?? ""}\n${block.code.replace(/^```/gm, "'''")}\n\`\`\``;
      case "quote":
        return `> ${block.text.replace(/\n/g, "\n> ")}`;
      case "rule":
        return "***";
      default:
        return block.text;
    }
  });
  return parts.length ? `${parts.join("\n\n")}\n` : "";
}

interface PlannedFile {
  /** Path under the content folder. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  bom: boolean;
  crlf: boolean;
}

function serialize({ data, body, bom, crlf }: PlannedFile): string {
  const text = `---\n${stringify(data, FRONT_MATTER_YAML)}---\n${body}`;
  return `${bom ? "\uFEFF" : ""}${crlf ? text.replace(/\n/g, "\r\n") : text}`;
}

/** Where a record's file goes: its slug as the name, or an unsafe name with `slug:` set in the front matter. */
function placement(folder: string, slug: string, title: string, shape: FileShape, index: number): { file: string; slugField?: string } {
  const extension = shape.markdownExtension ? ".markdown" : ".md";
  const directory = shape.subfolder ? `${folder}/${shape.subfolder}` : folder;
  if (!shape.slugOverride) return { file: `${directory}/${slug}${extension}` };
  // A name no slug allows (capitals, spaces, punctuation), unique by its index; the slug comes from the front matter.
  const name = `${String(index).padStart(3, "0")} ${title.replace(/[^\p{L}\p{N} ._-]+/gu, "").slice(0, 30)}`.trim();
  return { file: `${directory}/${name || index} (Draft)${extension}`, slugField: slug };
}

function plannedFiles(plan: Plan): { files: PlannedFile[]; summary: Omit<ContentSetSummary, "seed" | "dir" | "files"> } {
  const files: PlannedFile[] = [];
  const categorySlugs = new SlugPool();
  // Category titles differ at least in more than case: each names a landmark, and "Core" and "core" would name two the same.
  const categoryTitles = new TitleBook((title) => title.toLowerCase());
  const categories = plan.categories.map((category) =>
    fields({ slug: categorySlugs.claim(category.title, "category"), ...category, title: categoryTitles.claim(category.title) }),
  );
  const categoryList = categories.map((category) => category.slug as string);

  const claimAll = <T extends object>(records: readonly T[] | undefined, title: (record: T) => string, fallback: string) => {
    const pool = new SlugPool();
    const slugs = (records ?? []).map((record) => pool.claim(title(record), fallback));
    const former = (records ?? []).map((record, index) =>
      Array.from({ length: "formerSlugs" in record ? Number(record.formerSlugs) : 0 }, (_, n) =>
        pool.claim(`${slugs[index]}-${["old", "v1", "legacy"][n % 3]}`, fallback),
      ),
    );
    return { slugs, former };
  };

  // Every page has its own title (they name the pages in search results and tabs): "Go" and "GO" may both be there, "Go" twice not.
  const pageTitles = new TitleBook((title) => title);
  for (const records of [plan.skills, plan.projects ?? [], plan.achievements ?? [], plan.publications ?? [], plan.talks ?? [], plan.writing ?? []])
    for (const record of records) record.title = pageTitles.claim(record.title);
  // An alias is another name of one skill only: never another skill's title, nor one of its own twice.
  const skillTitles = new Set(plan.skills.map((skill) => skill.title.toLowerCase()));
  for (const skill of plan.skills) {
    if (skill.aliases) skill.aliases = [...new Set(skill.aliases.filter((alias) => !skillTitles.has(alias.toLowerCase())))];
  }
  const seenAliases = new Set<string>();
  for (const skill of plan.skills) {
    if (!skill.aliases) continue;
    skill.aliases = skill.aliases.filter((alias) => !seenAliases.has(alias.toLowerCase()));
    for (const alias of skill.aliases) seenAliases.add(alias.toLowerCase());
  }

  const skills = claimAll(plan.skills, (skill) => skill.title, "skill");
  const projects = claimAll(plan.projects, (project) => project.title, "project");
  const achievements = claimAll(plan.achievements, (achievement) => achievement.title, "result");
  const experience = claimAll(plan.experience, (entry) => entry.organization, "work");
  const education = claimAll(plan.education, (entry) => entry.institution, "study");
  const certifications = claimAll(plan.certifications, (entry) => entry.title, "certificate");
  const honours = claimAll(plan.honours, (entry) => entry.title, "honour");
  const publications = claimAll(plan.publications, (entry) => entry.title, "publication");
  const talks = claimAll(plan.talks, (entry) => entry.title, "talk");
  const articles = claimAll(plan.writing, (entry) => entry.title, "article");

  const links: Links = {
    internal: [
      "/",
      "/skills/",
      ...skills.slugs.map((slug) => `/skills/${slug}/`),
      ...projects.slugs.map((slug) => `/projects/${slug}/`),
      ...achievements.slugs.map((slug) => `/achievements/${slug}/`),
      ...publications.slugs.map((slug) => `/publications/${slug}/`),
      ...talks.slugs.map((slug) => `/talks/${slug}/`),
      ...articles.slugs.map((slug) => `/writing/${slug}/`),
    ],
  };

  const add = (folder: string, slug: string, title: string, shape: FileShape, index: number, data: Record<string, unknown>, body: Block[]) => {
    // Only the kinds with pages of their own take a `slug:` field; the others are always named by their slug.
    const pages = ["skills", "projects", "achievements", "publications", "talks", "writing"].includes(folder);
    const { file, slugField } = placement(folder, slug, title, { ...shape, slugOverride: shape.slugOverride && pages }, index);
    files.push({ file, data: fields({ ...data, ...(slugField && { slug: slugField }) }), body: renderBody(body, links), bom: shape.bom, crlf: shape.crlf });
  };

  const { profile } = plan;
  files.push({
    file: "profile.md",
    data: fields({
      name: profile.name,
      headline: profile.headline,
      summary: profile.summary,
      experience: profile.experience,
      focus: profile.focus,
      location: profile.location,
      email: profile.email,
      links: profile.links,
      url: profile.url,
      locale: profile.locale,
      look: plan.look,
      categories,
    }),
    body: renderBody(profile.body, links),
    bom: profile.bom,
    crlf: false,
  });

  /** Adds every record of one kind: its slug, its file's shape and, for kinds with pages, the slugs it had before. */
  const addAll = <T extends { file: FileShape; body: Block[] }>(
    folder: string,
    records: readonly T[] | undefined,
    claimed: { slugs: string[]; former: string[][] },
    title: (record: T) => string,
    data: (record: T) => Record<string, unknown>,
  ) =>
    records?.forEach((record, index) => {
      const former = claimed.former[index]!;
      add(folder, claimed.slugs[index]!, title(record), record.file, index, { ...data(record), formerSlugs: former.length ? former : undefined }, record.body);
    });

  const tags = new Set<string>();
  for (const skill of plan.skills) for (const tag of skill.tags ?? []) tags.add(tag);
  addAll(
    "skills",
    plan.skills,
    skills,
    (skill) => skill.title,
    (skill) => ({
      title: skill.title,
      category: categoryList[skill.category % categoryList.length],
      proficiency: skill.proficiency,
      years: skill.years,
      featured: skill.featured,
      summary: skill.summary,
      tags: skill.tags,
      aliases: skill.aliases,
      related: resolve(skill.related, skills.slugs),
    }),
  );
  addAll(
    "projects",
    plan.projects,
    projects,
    (project) => project.title,
    (project) => ({
      title: project.title,
      context: project.context,
      organization: project.organization,
      summary: project.summary,
      skills: resolve(project.skills, skills.slugs),
      outcomes: project.outcomes,
      featured: project.featured,
      url: project.url,
      repository: project.repository,
    }),
  );
  addAll(
    "achievements",
    plan.achievements,
    achievements,
    (achievement) => achievement.title,
    (achievement) => ({
      title: achievement.title,
      figure: achievement.figure,
      metric: achievement.metric,
      summary: achievement.summary,
      projects: resolve(achievement.projects, projects.slugs),
      skills: resolve(achievement.skills, skills.slugs),
      featured: achievement.featured,
    }),
  );
  addAll(
    "experience",
    plan.experience,
    experience,
    (entry) => entry.organization,
    (entry) => {
      const { start, end } = entry.period;
      return {
        organization: entry.organization,
        role: entry.role,
        start: dateValue(start),
        // With a start and no end, the work reads as current; drop the end now and then to say so.
        end: entry.current && start ? undefined : dateValue(end),
        location: entry.location,
        url: entry.url,
        summary: entry.summary,
        highlights: entry.highlights,
        skills: resolve(entry.skills, skills.slugs),
        projects: resolve(entry.projects, projects.slugs),
      };
    },
  );
  addAll(
    "education",
    plan.education,
    education,
    (entry) => entry.institution,
    (entry) => ({
      institution: entry.institution,
      degree: entry.degree,
      area: entry.area,
      start: dateValue(entry.period.start),
      end: dateValue(entry.period.end),
      location: entry.location,
      score: entry.score,
      url: entry.url,
      summary: entry.summary,
      skills: resolve(entry.skills, skills.slugs),
    }),
  );
  addAll(
    "certifications",
    plan.certifications,
    certifications,
    (entry) => entry.title,
    (entry) => ({
      title: entry.title,
      issuer: entry.issuer,
      date: dateValue(entry.date),
      url: entry.url,
      summary: entry.summary,
      skills: resolve(entry.skills, skills.slugs),
    }),
  );
  addAll(
    "honours",
    plan.honours,
    honours,
    (entry) => entry.title,
    (entry) => ({
      title: entry.title,
      awarder: entry.awarder,
      date: dateValue(entry.date),
      url: entry.url,
      summary: entry.summary,
      skills: resolve(entry.skills, skills.slugs),
    }),
  );
  addAll(
    "publications",
    plan.publications,
    publications,
    (entry) => entry.title,
    (entry) => ({
      title: entry.title,
      authors: entry.authors,
      venue: entry.venue,
      date: dateValue(entry.date),
      doi: entry.doi,
      url: entry.url,
      abstract: entry.abstract,
      skills: resolve(entry.skills, skills.slugs),
      featured: entry.featured,
    }),
  );
  addAll(
    "talks",
    plan.talks,
    talks,
    (entry) => entry.title,
    (entry) => ({
      title: entry.title,
      event: entry.event,
      date: dateValue(entry.date),
      location: entry.location,
      summary: entry.summary,
      slides: entry.slides,
      recording: entry.recording,
      skills: resolve(entry.skills, skills.slugs),
      featured: entry.featured,
    }),
  );
  addAll(
    "writing",
    plan.writing,
    articles,
    (entry) => entry.title,
    (entry) => ({
      title: entry.title,
      date: dateValue(entry.date),
      summary: entry.summary,
      tags: entry.tags,
      skills: resolve(entry.skills, skills.slugs),
      featured: entry.featured,
    }),
  );

  const optional = {
    projects: plan.projects,
    achievements: plan.achievements,
    experience: plan.experience,
    education: plan.education,
    certifications: plan.certifications,
    honours: plan.honours,
    publications: plan.publications,
    talks: plan.talks,
    writing: plan.writing,
  };
  return {
    files,
    summary: {
      categories: plan.categories.length,
      skills: plan.skills.length,
      projects: plan.projects?.length ?? 0,
      achievements: plan.achievements?.length ?? 0,
      experience: plan.experience?.length ?? 0,
      education: plan.education?.length ?? 0,
      certifications: plan.certifications?.length ?? 0,
      honours: plan.honours?.length ?? 0,
      publications: plan.publications?.length ?? 0,
      talks: plan.talks?.length ?? 0,
      articles: plan.writing?.length ?? 0,
      tags: tags.size,
      omitted: Object.entries(optional)
        .filter(([, records]) => records === undefined)
        .map(([folder]) => folder),
    },
  };
}

/** The plan a seed stands for; the same seed always gives the same plan. */
export function planContentSet(seed: number): Plan {
  const [plan] = fc.sample(planArb, { seed, numRuns: 1 });
  return plan!;
}

const OPTIONAL_FOLDERS = ["projects", "achievements", "experience", "education", "certifications", "honours", "publications", "talks", "writing"] as const;

/** Every file of the set for `seed` as bytes, by its path under the content folder (an empty folder as a path ending in "/"). */
export function contentSetFiles(seed: number): { files: Map<string, Buffer>; summary: Omit<ContentSetSummary, "seed" | "dir" | "files"> } {
  const plan = planContentSet(seed);
  const { files, summary } = plannedFiles(plan);
  const written = new Map<string, Buffer>();
  written.set("skills/", Buffer.alloc(0));
  for (const folder of OPTIONAL_FOLDERS) if (plan[folder]) written.set(`${folder}/`, Buffer.alloc(0));
  for (const file of files) written.set(file.file, Buffer.from(serialize(file), "utf8"));
  if (plan.hiddenFile) written.set("skills/.DS_Store", Buffer.from("\0\0\0\u0001Bud1", "latin1"));
  return { files: written, summary };
}

/**
 * Writes a complete, valid content folder for `seed` into `dir` (which should
 * be empty or absent) and says what is in it. Optional kinds that are present
 * but empty get an empty folder.
 */
export function writeContentSet(dir: string, seed: number): ContentSetSummary {
  const { files, summary } = contentSetFiles(seed);
  let count = 0;
  for (const [file, bytes] of files) {
    const target = path.join(dir, file);
    if (file.endsWith("/")) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    if (/\.(md|markdown)$/.test(file)) count++;
  }
  return { seed, dir, files: count, ...summary };
}

/** One line on what a set holds: `23 skills, 3 categories, 4 projects, 0 results, …`. */
export function describeContentSet(summary: ContentSetSummary): string {
  const parts = [
    `${summary.skills} skill${summary.skills === 1 ? "" : "s"}`,
    `${summary.categories} categor${summary.categories === 1 ? "y" : "ies"}`,
    `${summary.tags} tag label${summary.tags === 1 ? "" : "s"}`,
    `${summary.projects} project${summary.projects === 1 ? "" : "s"}`,
    `${summary.achievements} result${summary.achievements === 1 ? "" : "s"}`,
    `${summary.experience} job${summary.experience === 1 ? "" : "s"}`,
    `${summary.education} stud${summary.education === 1 ? "y" : "ies"}`,
    `${summary.certifications} certificate${summary.certifications === 1 ? "" : "s"}`,
    `${summary.honours} honour${summary.honours === 1 ? "" : "s"}`,
    `${summary.publications} publication${summary.publications === 1 ? "" : "s"}`,
    `${summary.talks} talk${summary.talks === 1 ? "" : "s"}`,
    `${summary.articles} article${summary.articles === 1 ? "" : "s"}`,
  ];
  if (summary.omitted.length) parts.push(`no ${summary.omitted.join("/, no ")}/`);
  return parts.join(", ");
}
