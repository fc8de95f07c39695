/**
 * Job-posting match: which technologies a pasted job description names that
 * this engineer has (each linked to a skill), which ones are only being
 * learned, and which ones no skill answers to. Pure and synchronous; it runs
 * in the browser on every keystroke, so one call is linear in the posting and
 * the index and builds its lookups once.
 *
 * How a posting is read:
 * - HTML tags become line breaks and common entities are decoded, so text
 *   copied from a job board's page source reads like the page.
 * - Words keep inner dots and a trailing "+"/"#" ("Node.js", "ASP.NET",
 *   ".NET", "C++", "C#"); a possessive "'s" and trailing dots are dropped.
 * - A phrase is 1-3 consecutive words separated only by spaces, one hyphen or
 *   a slash ("Spring Boot", "event-driven", "CI/CD"); any other punctuation or
 *   a line break ends it. A slash splits a word, so "Python/Django" still
 *   finds both, while "CI/CD" and "Pub/Sub" are found as whole phrases.
 *   A skill's own title or alias is found whole however long it is and
 *   whatever punctuation it holds ("Amazon Web Services (AWS)"), as long as
 *   it stands on one line: the owner chose those names.
 * - Phrases are compared after `normalizeTerm` and with a trailing "s"
 *   ignored, against skill terms and vocabulary spellings. At each position
 *   the longest phrase that answers wins ("Spring Boot" is not also
 *   "Spring"), and the scan continues after it.
 * - Everyday words (the vocabulary's `ambiguous` entries, and any one-letter
 *   term) count only in a technology-looking context; see tech-vocabulary.ts.
 *
 * Which skills a phrase names, strongest first:
 * 1. skills with the phrase (or, for a vocabulary technology, any of its
 *    spellings) as their title or an alias;
 * 2. otherwise skills with it as a tag. A one-word tag counts only if the
 *    vocabulary knows it as a technology ("Express", "Kubernetes"), so tags
 *    that are everyday words ("Joins", "Sessions", "Logging") do not turn
 *    "whoever joins the team" into PostgreSQL experience.
 * A vocabulary technology no skill answers to is reported as missing.
 */
import { normalizeTerm } from "./normalize";
import type { SkillIndexEntry } from "./skill-index";
import { LETTER_NOT_AFTER, LETTER_NOT_BEFORE, TECH_VOCABULARY, type TechAmbiguity, type TechTerm } from "./tech-vocabulary";

export interface PostingSkill {
  entry: SkillIndexEntry;
  /** The words that named it, as written in the posting. */
  found: string;
}

export interface PostingMatch {
  /** Skills with experience behind them, each once, in order of first mention. */
  matched: PostingSkill[];
  /** Skills the posting names that are still being learned: not experience. */
  learning: PostingSkill[];
  /** Vocabulary display names the posting names that no skill answers to, each once, in order. */
  missing: string[];
}

/** The longest phrase tried, in words. */
export const MAX_PHRASE_WORDS = 3;

/** A normalised term with a trailing "s" ignored, so "WebSockets" meets "WebSocket" and "APIs" meets "API". */
export function matchKey(normalized: string): string {
  return normalized.length > 3 && normalized.endsWith("s") ? normalized.slice(0, -1) : normalized;
}

export interface PostingToken {
  /** The word as written. */
  text: string;
  /** Offsets in the posting after markup was removed. */
  start: number;
  end: number;
  /** `normalizeTerm(text)`. */
  key: string;
  /** Only spaces, one hyphen or a slash separate it from the previous word: they can form a phrase. */
  joinsPrevious: boolean;
  /** A hyphen, "&", "_", "@" or apostrophe, with no space, glues it to the previous word ("go-to", "R&D"). */
  gluedToPrevious: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  nbsp: " ",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  rsquo: "’",
  lsquo: "‘",
  ndash: "–",
  mdash: "—",
  bull: "•",
  middot: "·",
  hellip: "…",
};

/** Tags become line breaks (a phrase never spans them); entities are decoded. */
function stripMarkup(text: string): string {
  return text
    .replace(/<\/?[a-zA-Z][^<>]*>/g, "\n")
    .replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (entity, decimal?: string, hex?: string, name?: string) => {
      if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
      const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? "", 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    });
}

/** A word: optional leading dot (".NET"), letters/digits with inner dots and apostrophes, then "+"/"#" ("C++", "C#"). */
const WORD = /\.?[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’]*(?:[+#]+(?![\p{L}\p{N}]))?/gu;
/** Spaces without a line break, one hyphen, or a slash with optional spaces. */
const JOINING = /^(?:[^\S\n\r\u2028\u2029]+|[-\u2010\u2011]|[^\S\n\r\u2028\u2029]*\/[^\S\n\r\u2028\u2029]*)$/;
const GLUING = /^[-\u2010\u2011&_@'’]+$/;

/** Characters a word can end with that are not part of it: a full stop, an apostrophe, or "s" after one. */
const TRAILING = /(?:[.'’]|['’][sS]\.*)$/;

/** Splits text that has been through `stripMarkup` into words. */
function tokenize(text: string, normalize: (word: string) => string): PostingToken[] {
  const tokens: PostingToken[] = [];
  let previousEnd = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let word = match[0];
    if (TRAILING.test(word))
      word = word
        .replace(/[.'’]+$/, "")
        .replace(/['’][sS]$/, "")
        .replace(/[.'’]+$/, "");
    const start = match.index;
    const end = start + word.length;
    let joinsPrevious = false;
    let gluedToPrevious = false;
    if (previousEnd >= 0) {
      // Fast path for the usual single space.
      if (start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32) joinsPrevious = true;
      else {
        const separator = text.slice(previousEnd, start);
        joinsPrevious = JOINING.test(separator);
        gluedToPrevious = GLUING.test(separator);
      }
    }
    tokens.push({ text: word, start, end, key: normalize(word), joinsPrevious, gluedToPrevious });
    previousEnd = end;
  }
  return tokens;
}

/** The words of a posting (or of any spelling), as the matcher sees them. */
export function tokenizePosting(posting: string): PostingToken[] {
  return tokenize(stripMarkup(posting), normalizeTerm);
}

interface Ambiguity {
  forms: ReadonlySet<string>;
  notAfter: ReadonlySet<string>;
  notBefore: ReadonlySet<string>;
}

interface VocabularyEntry {
  term: TechTerm;
  /** Match keys of the name and aliases. */
  keys: string[];
}

interface CompiledVocabulary {
  byKey: Map<string, VocabularyEntry>;
  ambiguous: Map<string, Ambiguity>;
}

const compiledVocabularies = new WeakMap<readonly TechTerm[], CompiledVocabulary>();
const namePrefixesByIndex = new WeakMap<readonly SkillIndexEntry[], ReadonlySet<string>>();
const ownSpellingsByIndex = new WeakMap<readonly SkillIndexEntry[], Set<string>>();

/** Every prefix of every skill name, so a phrase can grow past the usual limits while it may still become one. */
function namePrefixes(index: readonly SkillIndexEntry[]): ReadonlySet<string> {
  const cached = namePrefixesByIndex.get(index);
  if (cached) return cached;
  const prefixes = new Set<string>();
  for (const entry of index) {
    for (const name of entry.names) for (let end = 1; end <= name.length; end++) prefixes.add(name.slice(0, end));
  }
  namePrefixesByIndex.set(index, prefixes);
  return prefixes;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

function toAmbiguity(rule: TechAmbiguity): Ambiguity {
  return { forms: new Set(rule.forms), notAfter: new Set(rule.notAfter ?? []), notBefore: new Set(rule.notBefore ?? []) };
}

/** Vocabulary lookups depend only on the (constant) vocabulary, so they are built once per vocabulary array. */
function compileVocabulary(vocabulary: readonly TechTerm[]): CompiledVocabulary {
  const cached = compiledVocabularies.get(vocabulary);
  if (cached) return cached;
  const byKey = new Map<string, VocabularyEntry>();
  const ambiguous = new Map<string, Ambiguity>();
  for (const term of vocabulary) {
    const keys = [...new Set([term.name, ...(term.aliases ?? [])].map((spelling) => matchKey(normalizeTerm(spelling))).filter(Boolean))];
    const entry: VocabularyEntry = { term, keys };
    for (const key of keys) if (!byKey.has(key)) byKey.set(key, entry);
    if (term.ambiguous) {
      const rule = toAmbiguity(term.ambiguous);
      for (const form of term.ambiguous.forms) {
        const key = matchKey(normalizeTerm(form));
        if (key && !ambiguous.has(key)) ambiguous.set(key, rule);
      }
    }
  }
  const compiled = { byKey, ambiguous };
  compiledVocabularies.set(vocabulary, compiled);
  return compiled;
}

/** A lone letter ("C", "R") anyone may use as a skill title: a capital standing alone. */
function letterAmbiguity(key: string): Ambiguity {
  return { forms: new Set([key.toUpperCase()]), notAfter: new Set(LETTER_NOT_AFTER), notBefore: new Set(LETTER_NOT_BEFORE) };
}

const YEAR = /^(?:19|20)\d\d$/;
/** Words this close are read together when judging an everyday word: "Series C", "R & D", "Go ahead". */
const NEIGHBOURING = /^[^\S\n\r\u2028\u2029]*[-\u2010\u2011/&]?[^\S\n\r\u2028\u2029]*$/;

/** The skills' titles and aliases as their owner wrote them: an owner's "GO" is as much a spelling of Go as the vocabulary's "Go". */
function ownSpellings(index: readonly SkillIndexEntry[]): ReadonlySet<string> {
  const cached = ownSpellingsByIndex.get(index);
  if (cached) return cached;
  const spellings = new Set(index.flatMap((entry) => [entry.title, ...entry.aliases]));
  ownSpellingsByIndex.set(index, spellings);
  return spellings;
}

function inTechContext(
  rule: Ambiguity,
  text: string,
  tokens: readonly PostingToken[],
  first: number,
  last: number,
  found: string,
  spellings: ReadonlySet<string>,
): boolean {
  if (!rule.forms.has(found) && !spellings.has(found)) return false;
  const start = tokens[first]!;
  const end = tokens[last]!;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (start.gluedToPrevious || after?.gluedToPrevious) return false;
  if (before && NEIGHBOURING.test(text.slice(before.end, start.start))) {
    const word = before.text.toLowerCase();
    if (rule.notAfter.has(word) || YEAR.test(word)) return false;
  }
  if (after && NEIGHBOURING.test(text.slice(end.end, after.start))) {
    const word = after.text.toLowerCase();
    if (rule.notBefore.has(word) || YEAR.test(word)) return false;
  }
  return true;
}

/** 1: title or alias; 2: a tag that is a phrase or a known technology; 0: a one-word tag the vocabulary does not know. */
type Tier = 0 | 1 | 2;

interface SkillHit {
  entry: SkillIndexEntry;
  tier: 1 | 2;
}

/** A posting read into words, with what every step of the match needs to know of it. */
interface Scan {
  text: string;
  tokens: PostingToken[];
  vocab: CompiledVocabulary;
  normalize: (word: string) => string;
  /** Whether the phrase `key`, ending at `tokens[next - 1]`, can take in the word `tokens[next]`. */
  canExtend: (key: string, words: number, next: number) => boolean;
}

function scanPosting(posting: string, index: readonly SkillIndexEntry[], vocabulary: readonly TechTerm[]): Scan {
  const text = stripMarkup(posting);
  const normalized = new Map<string, string>();
  const normalize = (word: string): string => {
    let key = normalized.get(word);
    if (key === undefined) {
      key = normalizeTerm(word);
      normalized.set(word, key);
    }
    return key;
  };
  const tokens = tokenize(text, normalize);
  const prefixes = namePrefixes(index);
  const canExtend = (key: string, words: number, next: number): boolean => {
    const token = tokens[next]!;
    if (words < MAX_PHRASE_WORDS && token.joinsPrevious) return true;
    return prefixes.has(key + token.key) && !LINE_BREAK.test(text.slice(tokens[next - 1]!.end, token.start));
  };
  return { text, tokens, vocab: compileVocabulary(vocabulary), normalize, canExtend };
}

/**
 * Every key a phrase of the posting could have, plus the other spellings of
 * the vocabulary technologies among them: only index terms in this set can
 * matter, so the index is scanned once without building a map of all of it.
 */
function candidateKeys({ tokens, vocab, canExtend }: Scan): Set<string> {
  const candidates = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let key = "";
    for (let n = 0; i + n < tokens.length; n++) {
      const token = tokens[i + n]!;
      if (n > 0 && !canExtend(key, n, i + n)) break;
      key += token.key;
      const candidate = matchKey(key);
      if (candidates.has(candidate)) continue;
      candidates.add(candidate);
      const entry = vocab.byKey.get(candidate);
      if (entry) for (const spelling of entry.keys) candidates.add(spelling);
    }
  }
  return candidates;
}

/** The skills each candidate key finds, with how strongly: by one of its names, or by one of its tags. */
function skillHits(index: readonly SkillIndexEntry[], candidates: Set<string>, { vocab, normalize }: Scan): Map<string, SkillHit[]> {
  const hits = new Map<string, SkillHit[]>();
  // Index terms whose match key is a candidate: the candidate itself, or it with an "s".
  const wanted = new Set<string>();
  for (const candidate of candidates) {
    if (matchKey(candidate) === candidate) wanted.add(candidate);
    if (candidate.length >= 3) wanted.add(`${candidate}s`);
  }
  // A term that is one of the skill's names counts fully; otherwise it is one of its tags.
  const tierOf = (entry: SkillIndexEntry, term: string, key: string): Tier => {
    if (entry.names.includes(term)) return 1;
    const tag = entry.tags.find((slug) => normalize(slug) === term);
    if (tag === undefined) return 1;
    return tag.includes("-") || vocab.byKey.has(key) ? 2 : 0;
  };
  for (const entry of index) {
    for (const term of entry.terms) {
      if (!wanted.has(term)) continue;
      const key = matchKey(term);
      const tier = tierOf(entry, term, key);
      if (tier === 0) continue;
      const list = hits.get(key);
      const hit: SkillHit = { entry, tier };
      if (!list) hits.set(key, [hit]);
      else {
        // An entry's terms are visited together, so a repeat is always the last hit ("websocket", "websockets").
        const last = list[list.length - 1]!;
        if (last.entry !== entry) list.push(hit);
        else if (tier < last.tier) last.tier = tier;
      }
    }
  }
  return hits;
}

/** The skills a key finds at its best tier, through any spelling of its technology. */
function bestSkills(key: string, technology: VocabularyEntry | undefined, hits: Map<string, SkillHit[]>): Set<SkillIndexEntry> {
  let best = new Set<SkillIndexEntry>();
  let bestTier = 3;
  for (const spelling of technology ? technology.keys : [key]) {
    for (const hit of hits.get(spelling) ?? []) {
      if (hit.tier < bestTier) {
        best = new Set([hit.entry]);
        bestTier = hit.tier;
      } else if (hit.tier === bestTier) best.add(hit.entry);
    }
  }
  return best;
}

/** Files what one mention finds: its skills as matched or learning, or its technology as missing; a key's later mentions add nothing. */
function recorder(result: PostingMatch, hits: Map<string, SkillHit[]>, vocab: CompiledVocabulary) {
  const seenSkills = new Set<SkillIndexEntry>();
  const seenMissing = new Set<TechTerm>();
  const recorded = new Set<string>();
  return (key: string, found: string) => {
    if (recorded.has(key)) return;
    recorded.add(key);
    const technology = vocab.byKey.get(key);
    const best = bestSkills(key, technology, hits);
    if (best.size === 0 && technology && !seenMissing.has(technology.term)) {
      seenMissing.add(technology.term);
      result.missing.push(technology.term.name);
    }
    for (const entry of best) {
      if (seenSkills.has(entry)) continue;
      seenSkills.add(entry);
      (entry.proficiency === "learning" ? result.learning : result.matched).push({ entry, found });
    }
  };
}

export function matchPosting(posting: string, index: readonly SkillIndexEntry[], vocabulary: readonly TechTerm[] = TECH_VOCABULARY): PostingMatch {
  const result: PostingMatch = { matched: [], learning: [], missing: [] };
  const scan = scanPosting(posting, index, vocabulary);
  const { text, tokens, vocab, canExtend } = scan;
  if (tokens.length === 0) return result;
  const hits = skillHits(index, candidateKeys(scan), scan);
  const record = recorder(result, hits, vocab);
  // Longest phrase first at each word: "Spring Boot" before "Spring"; a phrase that matches takes its words.
  const phraseKeys: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let words = 0;
    let key = "";
    while (i + words < tokens.length) {
      const token = tokens[i + words]!;
      if (words > 0 && !canExtend(key, words, i + words)) break;
      key += token.key;
      phraseKeys[words++] = key;
    }
    let consumed = 1;
    for (let n = words; n >= 1; n--) {
      const candidate = matchKey(phraseKeys[n - 1]!);
      if (!vocab.byKey.has(candidate) && !hits.has(candidate)) continue;
      const found = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      const ambiguity = vocab.ambiguous.get(candidate) ?? (candidate.length === 1 ? letterAmbiguity(candidate) : undefined);
      if (ambiguity && !inTechContext(ambiguity, text, tokens, i, i + n - 1, found, ownSpellings(index))) continue;
      record(candidate, found);
      consumed = n;
      break;
    }
    i += consumed;
  }
  return result;
}
