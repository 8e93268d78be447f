/**
 * This quarter against the last: two calls of one company side by side. The prepared remarks by speaker role
 * (CEO against CEO, matched by role or by name), and the topics the analysts asked about in each call (terms that are
 * new, gone, asked about more or less), each with the places it was asked. Pure data; the interface words it.
 */
import { parsePeriodLabel } from './call-period.ts';
import type { GlossaryTerm } from './finance-glossary.ts';
import { findGlossaryTerms } from './find-glossary-terms.ts';
import {
  figureChange,
  figureRowKey,
  headlineFigures,
  metricFigures,
  METRIC_ORDER,
  type Metric,
  type MetricFigure,
} from './metric-figures.ts';
import type { Transcript, Turn } from './transcript-model.ts';

/** What a company speaker is, read from the title in the header (or the way the call introduces them). */
export type ExecutiveRole = 'ir' | 'ceo' | 'chair' | 'president' | 'cfo' | 'coo' | 'other';

/** Display order of the roles: the order a call's prepared remarks usually follow. */
export const EXECUTIVE_ROLES: readonly ExecutiveRole[] = ['ir', 'ceo', 'chair', 'president', 'cfo', 'coo', 'other'];

const ROLE_PATTERNS: ReadonlyArray<[ExecutiveRole, RegExp]> = [
  ['ceo', /\bceo\b|\bchief\s+executive\b/i],
  ['cfo', /\bcfo\b|\bchief\s+financial\b|\bprincipal\s+financial\b|\bfinance\s+chief\b/i],
  ['coo', /\bcoo\b|\bchief\s+operating\b/i],
  ['ir', /\binvestor\s+relations\b|\bir\b/i],
  ['president', /(?<!vice\s)(?<!vice-)\bpresident\b/i],
  ['chair', /\bchair(?:man|woman|person)?\b/i],
];

/** The role a title names ("Co-Founder, Chairman & CEO" → ceo, "VP of Investor Relations" → ir), else `other`. */
export function executiveRole(title: string): ExecutiveRole {
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(title)) return role;
  return 'other';
}

/** A person's name for matching across calls: lower case, first and last word ("Dana K. Whitfield" → "dana whitfield"). */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1);
  if (words.length <= 2) return words.join(' ');
  return `${words[0]} ${words[words.length - 1]}`;
}

/** One paragraph pair of prepared remarks, with its place in the call. */
export interface RemarksParagraph {
  turn: number;
  paragraph: number;
  /** The pair's line in the file (`/read/<id>/t/<turn>#L<line>`). */
  line: number;
  en: string | null;
  zh: string | null;
}

/** Everything one company speaker said before the Q&A. */
export interface PreparedRemarks {
  speaker: string;
  /** The title from the header (any of the speaker's turns), or the one the call introduced them with, or ''. */
  title: string;
  role: ExecutiveRole;
  turns: number[];
  paragraphs: RemarksParagraph[];
  /** English words. */
  words: number;
}

/** One row of the side-by-side remarks: a role, and who spoke in that role in each call (or null). */
export interface RemarksRow {
  role: ExecutiveRole;
  /** How the two sides were matched: the same person, the same role; null when one side is missing. */
  matchedBy: 'name' | 'role' | null;
  a: PreparedRemarks | null;
  b: PreparedRemarks | null;
}

const countWords = (text: string | null) => (text ? (text.match(/\S+/g)?.length ?? 0) : 0);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The title the call gives a speaker in words: "…over to Marcus Lee, Head of Investor Relations." */
function introducedTitle(transcript: Transcript, speaker: string): string {
  const words = speaker.split(/\s+/).filter(Boolean);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return '';
  const names = [speaker, `${first} ${last}`].map(escapeRegExp);
  const pattern = new RegExp(`\\b(?:${names.join('|')}),\\s*(?:our\\s+|the\\s+)?([^.;,()]{2,60})`, 'i');
  for (const turn of transcript.turns) {
    if (turn.section !== 'presentation') continue;
    for (const pair of turn.paragraphs) {
      const found = pair.en ? pattern.exec(pair.en) : null;
      const title = found?.[1]?.trim();
      if (title && executiveRole(title) !== 'other') return title;
    }
  }
  return '';
}

/**
 * The company's prepared remarks: its turns before the Q&A begins, one entry per speaker in order of first turn,
 * with the speaker's title and role.
 */
export function preparedRemarks(transcript: Transcript): PreparedRemarks[] {
  const titles = new Map<string, string>();
  for (const turn of transcript.turns) if (turn.title && !titles.has(turn.speaker)) titles.set(turn.speaker, turn.title);
  const bySpeaker = new Map<string, PreparedRemarks>();
  transcript.turns.forEach((turn: Turn, index) => {
    if (turn.section !== 'presentation' || turn.role !== 'company') return;
    let remarks = bySpeaker.get(turn.speaker);
    if (!remarks) {
      const title = titles.get(turn.speaker) ?? introducedTitle(transcript, turn.speaker);
      remarks = { speaker: turn.speaker, title, role: executiveRole(title), turns: [], paragraphs: [], words: 0 };
      bySpeaker.set(turn.speaker, remarks);
    }
    remarks.turns.push(index);
    turn.paragraphs.forEach((pair, paragraph) => {
      remarks.paragraphs.push({ turn: index, paragraph, line: pair.line, en: pair.en, zh: pair.zh });
      remarks.words += countWords(pair.en);
    });
  });
  return [...bySpeaker.values()];
}

/**
 * Pairs the prepared remarks of two calls: the same person in the same role first, then the same role (a new CEO
 * against the old one), then the same person in another role; whoever is left has a row of their own.
 * Rows follow EXECUTIVE_ROLES, then the order of the first call, then of the second.
 */
export function pairPreparedRemarks(a: readonly PreparedRemarks[], b: readonly PreparedRemarks[]): RemarksRow[] {
  const rows: RemarksRow[] = [];
  const freeA = new Set(a);
  const freeB = new Set(b);
  const pairWhere = (matches: (x: PreparedRemarks, y: PreparedRemarks) => boolean, matchedBy: 'name' | 'role') => {
    for (const x of a) {
      if (!freeA.has(x)) continue;
      const y = b.find((candidate) => freeB.has(candidate) && matches(x, candidate));
      if (!y) continue;
      freeA.delete(x);
      freeB.delete(y);
      rows.push({ role: x.role, matchedBy, a: x, b: y });
    }
  };
  pairWhere((x, y) => nameKey(x.speaker) === nameKey(y.speaker) && x.role === y.role, 'name');
  pairWhere((x, y) => x.role !== 'other' && x.role === y.role, 'role');
  pairWhere((x, y) => nameKey(x.speaker) === nameKey(y.speaker), 'name');
  for (const x of freeA) rows.push({ role: x.role, matchedBy: null, a: x, b: null });
  for (const y of freeB) rows.push({ role: y.role, matchedBy: null, a: null, b: y });
  const position = (row: RemarksRow) => {
    const inA = row.a ? a.indexOf(row.a) : -1;
    return inA >= 0 ? inA : a.length + (row.b ? b.indexOf(row.b) : 0);
  };
  return rows.sort((x, y) => EXECUTIVE_ROLES.indexOf(x.role) - EXECUTIVE_ROLES.indexOf(y.role) || position(x) - position(y));
}

// ---------------------------------------------------------------------------------------------------------------
// Topics the analysts asked about

/** One place a topic was asked about: the question, and the analyst's paragraph that names it. */
export interface TopicPlace {
  /** The question's number (`/read/<id>/q/<n>`). */
  question: number;
  /** The analyst's turn and paragraph (`/read/<id>/t/<turn>#L<line>`). */
  turn: number;
  paragraph: number;
  line: number;
  asker: string;
  firm: string;
}

/** A topic in one call: how many questions asked about it, and where. */
export interface TopicInCall {
  questions: number;
  /** One place per question, in order. */
  places: TopicPlace[];
}

/** How a topic moved from the other call (`b`) to this one (`a`). */
export type TopicChange = 'new' | 'gone' | 'more' | 'fewer' | 'same';

export interface TopicComparison {
  /** The term, as the calls write it ("net expansion rate", "Segment", "AI"). */
  term: string;
  /** The glossary's Traditional Chinese for the term, when it is a finance term of the glossary. */
  zh: string | null;
  change: TopicChange;
  a: TopicInCall;
  b: TopicInCall;
}

/** Glossary entries that are ways of speaking, not topics ("color", "follow-up", "on for", sizes of numbers). */
const NOT_TOPICS = new Set([
  'color',
  'on for',
  'follow-up',
  'operator',
  'q&a',
  'prepared remarks',
  'at earnings',
  'basis points',
  'percentage points',
  'year over year',
  'sequential',
  'high single digits',
  'mid single digits',
  'low single digits',
  'double digits',
  'mid-teens',
  'low teens',
  'high teens',
  'low twenties',
  'percent plus',
  'unpack',
  'driver',
  'delta',
  'levers',
  'moving pieces',
  'puts and takes',
  'line item',
  'ballpark',
  'break out',
  'behind us',
  'recognize',
  'adjusted',
  'in line',
  'beat',
  'miss',
  'mix',
  'ramp',
  'forward-looking statements',
  'investor relations',
]);

/** Words that carry no topic, in conversation as much as in writing. */
const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any anything are aren't around as at be because been before " +
    'being below between both but by can cannot could did do does doing done down during each else even ever every few ' +
    'for from further get gets getting got had has have having he her here hers him his how however i if in into is it ' +
    "it's its itself just let let's like lot lots made make makes making many may maybe me might more most much must my " +
    'no nor not now of off on once one only or other others otherwise our ours out over own per quite rather really ' +
    "same she should since so some something still such than that that’s that's the their theirs them then there " +
    "there's these they they're thing things this those though through to too under until up upon us very was we we're " +
    "we've were what what's when where whether which while who whom why will with within without would you you're " +
    "you've your yours yourself yet " +
    // Conversation on a call
    'hey hi hello thanks thank congrats congratulations great good nice morning afternoon evening guys everyone folks ' +
    'question questions quick follow follow-up followup ask asking asked wanted want wondering wonder curious think ' +
    'thinking thought guess kind sort bit little maybe perhaps talk talked talking speak touch touched mention mentioned ' +
    'say said saying says tell know knowing understand help helpful look looking looked see seeing seen saw give giving ' +
    'gave go going goes gone come coming comes came take taking took taken put putting mean means right okay ok yes yeah ' +
    'sure well actually obviously clearly certainly definitely probably especially really basically just also able ' +
    'way ways part point points time times today year years quarter quarters month months week weeks day days next last ' +
    'first second third fourth back new old big small high low higher lower different specific specifically related ' +
    'terms relative versus vs around regard regards respect context piece pieces area areas side front end overall ' +
    'sense anything everything something thing things lot lots number numbers level levels comment comments commentary ' +
    'update updates call calls color detail details couple another whole two three four five six seven eight nine ten ' +
    'percent percentage million billion thousand hundred dollars frame feel feels felt ' +
    // Verbs, adverbs and adjectives analysts use around a topic
    'possible already clear compared compare later earlier slightly tough better best worse drive drives start far ' +
    'near seem seems following currently given key primary past larger largest add less expect expected forward ' +
    'appreciate provide trying try towards toward prior hear firstly secondly walk across strategic potential ' +
    'potentially change changes changed maybe inaudible across whether within kind around getting sounds sound ' +
    'different similar similarly important interesting significant significantly meaningful meaningfully certain ' +
    'hard easy strong stronger weak weaker pretty fairly broadly generally sort color colors unclear correct ' +
    'january february march april may june july august september october november december ' +
    'q1 q2 q3 q4 1q 2q 3q 4q fy ceo cfo coo management team light'
  ).split(/\s+/),
);

/** Nouns that end in -ing (other -ing words are verbs around a topic: "driving", "considering"). */
const ING_NOUNS = new Set(
  (
    'pricing messaging marketing hiring funding financing spending offering onboarding billing licensing staffing ' +
    'outsourcing advertising banking shipping manufacturing computing consulting engineering accounting lending ' +
    'planning training sourcing learning networking streaming gaming housing trucking tooling hosting earnings ' +
    'savings holdings servicing routing ticketing invoicing packaging booking bookings rebranding branding'
  ).split(/\s+/),
);

/** A lone word that cannot be a topic by its form: an adverb, a past tense, an -ing verb, a contraction. */
function verbOrAdverb(key: string): boolean {
  if (/['’]/.test(key)) return true;
  if (key.endsWith('ly') || key.endsWith('ed')) return true;
  return key.endsWith('ing') && !ING_NOUNS.has(key);
}

interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  /** Capitalized where a sentence does not start, or an acronym ("AI", "Segment", "10DLC"). */
  proper: boolean;
}

const WORD = /[A-Za-z0-9][A-Za-z0-9&'’-]*/g;

/** A word's key: lower case, an English plural folded ("margins" → "margin"; not "business", "bus"). */
function wordKey(word: string): string {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  if (lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is|ics)$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** Chunks of content words between stopwords and punctuation, in the parts of `text` not `masked`. */
function contentChunks(text: string, masked: readonly [number, number][]): Token[][] {
  const chunks: Token[][] = [];
  let chunk: Token[] = [];
  let previousEnd = 0;
  let sentenceStart = true;
  const close = () => {
    if (chunk.length > 0) chunks.push(chunk);
    chunk = [];
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0].replace(/[-’']+$/, '');
    const end = start + word.length;
    const between = text.slice(previousEnd, start);
    previousEnd = end;
    if (/[.?!]/.test(between)) sentenceStart = true;
    if (/[^\s]/.test(between.replace(/^['’]/, ''))) close();
    const atSentenceStart = sentenceStart;
    sentenceStart = false;
    const key = wordKey(word);
    const isMasked = masked.some(([from, to]) => start < to && end > from);
    if (isMasked || STOPWORDS.has(word.toLowerCase()) || STOPWORDS.has(key) || /^\d+$/.test(word) || key.length < 2) {
      close();
      continue;
    }
    const acronym = /^[A-Z0-9&]{2,}$/.test(word) && /[A-Z]/.test(word);
    const proper = acronym || (!atSentenceStart && /^[A-Z][a-z]/.test(word));
    chunk.push({ text: word, key, start, end, proper });
  }
  close();
  return chunks;
}

interface TermInCall {
  label: string;
  zh: string | null;
  glossary: boolean;
  /** Every n-gram seen was a name or acronym ("Segment", "AI"). */
  proper: boolean;
  words: number;
  places: Map<number, TopicPlace>;
}

const MAX_WORDS = 3;

/** The terms the analysts used in one call's questions, by key, each with one place per question. */
export function askedTerms(transcript: Transcript): Map<string, TermInCall> {
  const terms = new Map<string, TermInCall>();
  const surfaces = new Map<string, Map<string, number>>();
  const add = (key: string, surface: string, seed: Omit<TermInCall, 'places' | 'label'>, place: TopicPlace) => {
    let term = terms.get(key);
    if (!term) {
      term = { ...seed, label: surface, places: new Map() };
      terms.set(key, term);
    }
    term.proper &&= seed.proper;
    if (!term.places.has(place.question)) term.places.set(place.question, place);
    const counts = surfaces.get(key) ?? new Map<string, number>();
    counts.set(surface, (counts.get(surface) ?? 0) + 1);
    surfaces.set(key, counts);
  };
  for (const question of transcript.questions) {
    for (const turnIndex of question.turns) {
      const turn = transcript.turns[turnIndex];
      if (!turn || turn.role !== 'analyst') continue;
      turn.paragraphs.forEach((pair, paragraph) => {
        const en = pair.en;
        if (!en) return;
        const place: TopicPlace = {
          question: question.n,
          turn: turnIndex,
          paragraph,
          line: pair.line,
          asker: question.asker,
          firm: question.firm,
        };
        const hits = findGlossaryTerms(en);
        for (const hit of hits) {
          if (NOT_TOPICS.has(hit.term.en)) continue;
          add(`g:${hit.term.en}`, en.slice(hit.start, hit.end), glossarySeed(hit.term), place);
        }
        const masked = hits.map((hit): [number, number] => [hit.start, hit.end]);
        for (const chunk of contentChunks(en, masked)) {
          for (let size = 1; size <= MAX_WORDS; size += 1) {
            for (let from = 0; from + size <= chunk.length; from += 1) {
              const words = chunk.slice(from, from + size);
              const first = words[0];
              const last = words[words.length - 1];
              if (!first || !last) continue;
              const surface = en.slice(first.start, last.end);
              const proper = words.every((word) => word.proper);
              const key = words.map((word) => word.key).join(' ');
              add(`w:${key}`, proper ? surface : surface.toLowerCase(), { zh: null, glossary: false, proper, words: size }, place);
            }
          }
        }
      });
    }
  }
  // Each term is labelled as the analysts wrote it most often.
  for (const [key, term] of terms) {
    let best = term.label;
    let bestCount = 0;
    for (const [surface, count] of surfaces.get(key) ?? []) {
      if (count > bestCount) [best, bestCount] = [surface, count];
    }
    // A glossary term keeps its own spelling unless the calls write it as an acronym ("10DLC", "SMS").
    term.label = term.glossary && !/^[A-Z0-9&-]+$/.test(best) ? key.slice(2) : best;
  }
  return terms;
}

function glossarySeed(term: GlossaryTerm): Omit<TermInCall, 'places' | 'label'> {
  return { zh: term.zh[0] ?? null, glossary: true, proper: false, words: term.en.split(' ').length };
}

/** Words of the people's names and the company's name in a call (lower case): not topics. */
function nameWords(transcript: Transcript): Set<string> {
  const words = new Set<string>();
  const addName = (name: string | null) => {
    for (const word of (name ?? '').toLowerCase().split(/[^\p{L}]+/u)) if (word.length > 1) words.add(word);
  };
  for (const turn of transcript.turns) if (turn.role !== 'operator') addName(turn.speaker);
  for (const question of transcript.questions) {
    addName(question.introducedAs);
    addName(question.substitute);
  }
  addName(transcript.meta.company);
  for (const word of ['unidentified', 'analyst', 'operator']) words.delete(word);
  return words;
}

/**
 * Whether a word group (not a glossary term) counts as a topic: no person's or the company's name in it, not a
 * verb or adverb at either end, and asked about enough: a name or acronym once, a group of words in two questions,
 * a lone common word in three (counting both calls).
 */
function keepWords(words: string[], x: TermInCall | undefined, y: TermInCall | undefined, isName: (word: string) => boolean): boolean {
  if (words.some(isName)) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (verbOrAdverb(first) || verbOrAdverb(last)) return false;
  const total = (x?.places.size ?? 0) + (y?.places.size ?? 0);
  const proper = (x?.proper ?? true) && (y?.proper ?? true);
  if (proper) return true;
  return words.length > 1 ? total >= 2 : total >= 3;
}

const EMPTY: ReadonlyMap<number, TopicPlace> = new Map();

function inCall(term: TermInCall | undefined): TopicInCall {
  const places = [...(term?.places ?? EMPTY).values()].sort((x, y) => x.question - y.question);
  return { questions: places.length, places };
}

function questionSet(term: TermInCall | undefined): string {
  return [...(term?.places.keys() ?? [])].sort((x, y) => x - y).join(',');
}

/**
 * The topics analysts asked about in call `a` against call `b`: glossary finance terms, names and acronyms
 * (products, places, "AI"), and word groups of up to three content words asked about in two questions or more
 * (counting both calls). A shorter group inside a longer one asked in exactly the same questions is left out.
 * Sorted by change (new, gone, more, fewer, same), then by how many questions asked, then alphabetically.
 */
export function compareTopics(a: Transcript, b: Transcript): TopicComparison[] {
  const termsA = askedTerms(a);
  const termsB = askedTerms(b);
  const keys = new Set([...termsA.keys(), ...termsB.keys()]);
  const names = [...nameWords(a), ...nameWords(b)];
  const isName = (word: string) => names.some((name) => name === word || (word.length >= 3 && name.startsWith(word)));
  const kept = new Map<string, { term: TermInCall; a: TermInCall | undefined; b: TermInCall | undefined }>();
  for (const key of keys) {
    const x = termsA.get(key);
    const y = termsB.get(key);
    const term = x ?? y;
    if (!term) continue;
    if (!term.glossary && !keepWords(key.slice(2).split(' '), x, y, isName)) continue;
    kept.set(key, { term, a: x, b: y });
  }
  // A word group inside a longer kept one, asked in the same questions of both calls, says nothing more.
  for (const [key, entry] of kept) {
    if (entry.term.glossary) continue;
    const words = key.slice(2);
    const signature = `${questionSet(entry.a)}|${questionSet(entry.b)}`;
    for (const [otherKey, other] of kept) {
      if (otherKey === key || other.term.glossary || other.term.words <= entry.term.words) continue;
      if (!` ${otherKey.slice(2)} `.includes(` ${words} `)) continue;
      if (`${questionSet(other.a)}|${questionSet(other.b)}` === signature) {
        kept.delete(key);
        break;
      }
    }
  }
  const order: readonly TopicChange[] = ['new', 'gone', 'more', 'fewer', 'same'];
  const topics = [...kept.values()].map(({ term, a: x, b: y }): TopicComparison => {
    const inA = inCall(x);
    const inB = inCall(y);
    const change: TopicChange =
      inB.questions === 0
        ? 'new'
        : inA.questions === 0
          ? 'gone'
          : inA.questions > inB.questions
            ? 'more'
            : inA.questions < inB.questions
              ? 'fewer'
              : 'same';
    return { term: term.label, zh: term.zh, change, a: inA, b: inB };
  });
  return topics.sort(
    (x, y) =>
      order.indexOf(x.change) - order.indexOf(y.change) ||
      Math.max(y.a.questions, y.b.questions) - Math.max(x.a.questions, x.b.questions) ||
      x.term.localeCompare(y.term),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Which call is "this quarter"

/** A period ("Q4 2023") as a number that orders quarters, or null. */
export function periodIndex(period: string | null): number | null {
  const parsed = parsePeriodLabel(period?.trim());
  return parsed ? parsed.year * 4 + parsed.quarter - 1 : null;
}

/** True when call `b` is of a later period than call `a` (so `b` is "this quarter" and `a` the earlier one). */
export function isLaterPeriod(a: string | null, b: string | null): boolean {
  const x = periodIndex(a);
  const y = periodIndex(b);
  return x !== null && y !== null && y > x;
}

// ---------------------------------------------------------------------------------------------------------------
// Key figures of both quarters

/** One row of the key figures table: a metric stated in either call, the headline figure of each, the change. */
export interface FigureRow {
  /** `metricFigures`' row key: metric, actual or guidance, quarter or year. */
  key: string;
  metric: Metric;
  guidance: boolean;
  /** Whether the row is about a quarter or a whole year (guidance for the year, a full-year result). */
  scope: 'quarter' | 'year';
  a: MetricFigure | null;
  b: MetricFigure | null;
  /** From `b` to `a`: percent for dollars, percentage points for percentages; null unless both state it. */
  change: { kind: 'percent' | 'points'; value: number } | null;
}

function headlines(transcript: Transcript): Map<string, MetricFigure> {
  const reported = parsePeriodLabel(transcript.meta.period) ?? { quarter: null, year: null };
  return headlineFigures(metricFigures(transcript), reported);
}

/**
 * The key figures of both calls in one table: for each metric (and actual or guidance, quarter or year) the
 * figure that stands for it in each call (`headlineFigures`), and the change where both state it. Rows follow the
 * income statement; within a metric, results before guidance, the quarter before the year.
 */
export function compareFigures(a: Transcript, b: Transcript): FigureRow[] {
  const inA = headlines(a);
  const inB = headlines(b);
  const rows: FigureRow[] = [];
  for (const key of new Set([...inA.keys(), ...inB.keys()])) {
    const x = inA.get(key) ?? null;
    const y = inB.get(key) ?? null;
    const figure = x ?? y;
    if (!figure) continue;
    const scope = figureRowKey(figure).endsWith('|year') ? 'year' : 'quarter';
    rows.push({ key, metric: figure.metric, guidance: figure.guidance, scope, a: x, b: y, change: x && y ? figureChange(x, y) : null });
  }
  const order = (metric: Metric) => {
    const index = METRIC_ORDER.indexOf(metric);
    return index < 0 ? METRIC_ORDER.length : index;
  };
  const rank = (row: FigureRow) => order(row.metric) * 4 + (row.guidance ? 2 : 0) + (row.scope === 'year' ? 1 : 0);
  return rows.sort((x, y) => rank(x) - rank(y));
}

/** The comparison of two calls: `a` is this quarter, `b` the one it is compared with. */
export interface CallComparison {
  remarks: RemarksRow[];
  figures: FigureRow[];
  topics: TopicComparison[];
}

/** Compares two parsed calls of one company. */
export function compareCalls(a: Transcript, b: Transcript): CallComparison {
  return {
    remarks: pairPreparedRemarks(preparedRemarks(a), preparedRemarks(b)),
    figures: compareFigures(a, b),
    topics: compareTopics(a, b),
  };
}
