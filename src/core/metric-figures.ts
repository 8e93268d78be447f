/**
 * Key figures labelled by metric, from the company's own sentences: "Fourth quarter revenue was $1.076 billion"
 * is revenue, $1.076e9, in the quarter; "we're guiding … to about $250 million to $350 million of non-GAAP
 * operating profit" is a non-GAAP operating income guidance range for the year. Each figure keeps the sentence
 * it was said in and where (turn, paragraph, sentence), so the interface can link to it.
 * Reads the English only; analysts' and the operator's words are left out (they quote, they do not state).
 */
import { englishQuantities, type Quantity } from './quantities.ts';
import { splitEnglishSentences } from './split-sentences.ts';
import type { Transcript } from './transcript-model.ts';

export type Metric =
  | 'revenue'
  | 'revenue-growth'
  | 'gross-profit'
  | 'gross-margin'
  | 'operating-income'
  | 'operating-margin'
  | 'ebitda'
  | 'net-income'
  | 'eps'
  | 'free-cash-flow'
  | 'operating-cash-flow'
  | 'cash'
  | 'buyback'
  | 'buyback-authorization'
  | 'net-expansion'
  | 'rpo';

/** The order metrics are shown in: the income statement from the top, then cash, capital return and the rest. */
export const METRIC_ORDER: readonly Metric[] = [
  'revenue',
  'revenue-growth',
  'gross-profit',
  'gross-margin',
  'operating-income',
  'operating-margin',
  'ebitda',
  'net-income',
  'eps',
  'free-cash-flow',
  'operating-cash-flow',
  'cash',
  'buyback',
  'buyback-authorization',
  'net-expansion',
  'rpo',
];

/** GAAP or non-GAAP ("adjusted"), when the sentence says which. */
export type Basis = 'gaap' | 'non-gaap';

export type FigureUnit = 'usd' | 'percent';

/** A figure the call states for a metric. A range has `low` and `high` (and `value` null); a single figure `value`. */
export interface MetricFigure {
  metric: Metric;
  /** The metric in English words ("Non-GAAP operating income guidance"); interfaces may word `metric` themselves. */
  label: string;
  basis: Basis | null;
  /** Said of the future: guidance, outlook, a target, what the company expects. */
  guidance: boolean;
  /** A part of the company the figure is about ("Communications", "Subscription"), or null for the whole. */
  segment: string | null;
  /** "organic" or "reported" when the sentence says so. */
  qualifier: 'organic' | 'reported' | null;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Dollars for `usd`; a percentage (18 for 18%) for `percent`. */
  unit: FigureUnit;
  /** "about", "nearly", "over", "approximately" before it. */
  approximate: boolean;
  /** The figure as written ("$250 million to $350 million"). */
  text: string;
  /** The sentence that states it. */
  quote: string;
  /**
   * What period it is for, as said: "Q1", "Q4 2023", "FY 2024", "FY" (the full year, unnamed), "YTD", or null
   * (the quarter being reported, unless said otherwise).
   */
  period: string | null;
  /** Index of the turn in `turns`, of the paragraph in the turn, of the sentence in the paragraph (all from 0). */
  turn: number;
  paragraph: number;
  sentence: number;
  /** The sentence's number in its turn, from 1: what a `#s<n>` link names. */
  sentenceInTurn: number;
  speaker: string;
  /** Said in the prepared remarks (true) or in an answer. */
  prepared: boolean;
}

/** Metric words, most specific first; `units` are the units a figure of that metric can have. */
const METRIC_WORDS: ReadonlyArray<{ metric: Metric; pattern: RegExp; units: readonly FigureUnit[] }> = [
  { metric: 'operating-margin', pattern: /\b(?:operating|EBIT) margins?\b/i, units: ['percent'] },
  { metric: 'gross-margin', pattern: /\bgross margins?\b/i, units: ['percent'] },
  { metric: 'gross-profit', pattern: /\bgross profit\b/i, units: ['usd'] },
  { metric: 'ebitda', pattern: /\bEBITDA\b/, units: ['usd'] },
  {
    metric: 'operating-income',
    pattern: /\b(?:(?:income|profit|loss) from operations|operating (?:income|profit|loss)|op(?:erating)? profit)\b/i,
    units: ['usd'],
  },
  { metric: 'free-cash-flow', pattern: /\bfree cash flows?\b/i, units: ['usd'] },
  { metric: 'operating-cash-flow', pattern: /\b(?:operating cash flows?|cash (?:flows? )?from operations)\b/i, units: ['usd'] },
  { metric: 'eps', pattern: /\b(?:(?:earnings|income|loss) per (?:diluted )?share|EPS)\b/i, units: ['usd'] },
  { metric: 'net-income', pattern: /\bnet (?:income|loss|earnings)\b/i, units: ['usd'] },
  {
    metric: 'net-expansion',
    pattern: /\b(?:net (?:revenue |dollar )?(?:expansion|retention)(?: rates?)?|DBNE|DBNRR|NRR|NDR)\b/i,
    units: ['percent'],
  },
  { metric: 'rpo', pattern: /\b(?:remaining performance obligations?|c?RPO)\b/i, units: ['usd'] },
  {
    metric: 'buyback',
    pattern: /\b(?:(?:share|stock) repurchases?|repurchas(?:e[sd]?|ing)|buy ?backs?|bought back|buying back)\b/i,
    units: ['usd'],
  },
  {
    metric: 'buyback-authorization',
    pattern: /\b(?:(?:share |stock )?(?:repurchase|buyback) (?:program|authorization)|authorization)\b/i,
    units: ['usd'],
  },
  { metric: 'revenue-growth', pattern: /\b(?:revenue growth|growth|grew|growing)\b/i, units: ['percent'] },
  { metric: 'revenue', pattern: /\b(?:revenues?|sales|top[- ]line)\b/i, units: ['usd', 'percent'] },
  { metric: 'cash', pattern: /\bcash(?:, cash equivalents)?(?! flow)\b/i, units: ['usd'] },
];

/** The English words of each metric (the CLI's and the interface's English). */
export const METRIC_LABELS: Readonly<Record<Metric, string>> = {
  revenue: 'Revenue',
  'revenue-growth': 'Revenue growth',
  'gross-profit': 'Gross profit',
  'gross-margin': 'Gross margin',
  'operating-income': 'Operating income',
  'operating-margin': 'Operating margin',
  ebitda: 'EBITDA',
  'net-income': 'Net income',
  eps: 'Earnings per share',
  'free-cash-flow': 'Free cash flow',
  'operating-cash-flow': 'Operating cash flow',
  cash: 'Cash',
  buyback: 'Share repurchases',
  'buyback-authorization': 'Repurchase authorization',
  'net-expansion': 'Net expansion rate',
  rpo: 'Remaining performance obligations',
};

/** The English words of a metric ("Operating income"). */
export function metricLabel(metric: Metric): string {
  return METRIC_LABELS[metric];
}

/** Words that say a figure is about what is to come, when they come before it in its sentence. */
const GUIDANCE =
  /\b(?:guid(?:e|es|ed|ing|ance)|outlook|expect(?:s|ing)?|we expected|forecast(?:s|ing)?|target(?:s|ing)?|anticipat(?:e|es|ing)|project(?:s|ing)?|plan(?:s|ning)? (?:for|to)|will be)\b/i;
/** A sentence that only announces guidance ("Moving to guidance.", "Now for our outlook."), carried to the paragraph's next sentences. */
const GUIDANCE_INTRO = /\b(?:guidance|outlook|guide)\b/i;
const APPROXIMATE =
  /\b(?:approximately|approx\.|about|around|roughly|nearly|almost|over|more than|less than|under|just over|just under|close to|some|north of|upwards of|at least)\s*$|~\s*$/i;
/** "up from 114%", "compared with $2.37 billion", "versus": an earlier period's figure, not this one. */
const PRIOR = /\b(?:from|compared (?:with|to)|versus|vs\.?|relative to|last year's|a year ago of)\s*$/i;
/** "customers with more than $100,000 in ARR": a threshold, not a figure. */
const THRESHOLD = /\b(?:customers?|accounts?|deals?|contracts?)\b[^,.;]{0,40}$/i;
const SHARE_OF_REVENUE = /^\s*(?:of|as a percent(?:age)? of) (?:our )?(?:total )?(?:revenues?|sales)\b/i;
/** After a figure: "in revenue", "of non-GAAP operating profit", "share repurchase program", "authorization". */
const AFTER_FIGURE = /^\s*(?:(?:in|of)\s+(?:(?:[\w-]+|non-GAAP)\s+){0,3}?|(?=(?:share |stock )?(?:repurchase|buyback|authorization)))/i;
/** A new clause with its own subject: what came before is not carried into it. */
const NEW_CLAUSE = /(?:,\s*and|;|,\s*which|,\s*while)\s+(?:we|it|that|this|they|our|the)\b/i;
/** "customers with more than $1 million in ARR grew 25%": a count of customers, not revenue. */
const CUSTOMERS = /\b(?:customers?|accounts?|logos?|employees)\s+(?:with|above|over|spending|generating|paying|of)\b/i;
/** "$25 million of expenses", "$286 million impairment charge": a figure about something the metrics do not cover. */
const OTHER_THING =
  /^\s*(?:(?:of|in)\s+)?(?:[\w-]+\s+){0,3}?(?:expenses?|costs?|charges?|headwinds?|tailwinds?|opex|impairments?|benefits?|gains?|savings|investments?|fees?)\b/i;
const SHARE_OF = /\b(?:percent(?:age)?|share|portion|mix) of (?:total )?(?:revenues?|sales)\b/i;
/** Words that say a guidance figure was beaten: the figure is what happened. */
const PAST = /\b(?:exceed(?:ed)?|beat|ahead of|above|surpass(?:ed)?|delivering|delivered|generated|came in|topped)\b/i;
const RANGE_JOINER = /^\s*(?:to|-|–|—|and)\s*$/i;

const STOP_WORDS = new Set(
  (
    'a an the our its their this that these those of in for and or to was were is are be been at on with by from as ' +
    'total overall quarter quarterly year annual full fiscal first second third fourth q1 q2 q3 q4 fy organic reported ' +
    'non-gaap gaap adjusted consolidated dollar-based year-over-year sequential we our company business ' +
    'record strong solid healthy expected current next prior last positive negative'
  ).split(' '),
);

/** Lowercase words that name a part of the business ("international grew 26%"). */
const SEGMENT_WORDS = new Set([
  'international',
  'domestic',
  'subscription',
  'services',
  'product',
  'products',
  'license',
  'hardware',
  'software',
  'platform',
  'cloud',
  'advertising',
  'segment',
]);

function basisBefore(text: string): Basis | null {
  if (/\b(?:non-GAAP|non GAAP|adjusted)\s*$/i.test(text)) return 'non-gaap';
  if (/\bGAAP\s*$/i.test(text)) return 'gaap';
  return null;
}

/** A part of the business named just before the metric ("Communications revenue", "Subscription revenue"). */
function segmentBefore(text: string): string | null {
  const words = text.trimEnd().split(/\s+/);
  const picked: string[] = [];
  for (let index = words.length - 1; index >= 0 && picked.length < 3; index -= 1) {
    const word = words[index] ?? '';
    if (!/^[\p{L}&][\p{L}&-]*$/u.test(word) || STOP_WORDS.has(word.toLowerCase())) break;
    picked.unshift(word);
  }
  const last = picked[picked.length - 1] ?? '';
  while (picked.length > 0 && !/^\p{Lu}/u.test(picked[0] ?? '')) picked.shift();
  if (picked.length === 0 && SEGMENT_WORDS.has(last.toLowerCase())) return last.charAt(0).toUpperCase() + last.slice(1);
  return picked.length > 0 ? picked.join(' ') : null;
}

interface MetricMatch {
  metric: Metric;
  /** A growth word alone ("growing 9%"), which may be about another metric than revenue. */
  bare?: boolean;
  basis: Basis | null;
  segment: string | null;
}

/** The last metric named in a text, with its basis and segment. */
function lastMetric(text: string): MetricMatch | null {
  let best: { metric: Metric; index: number; end: number } | null = null;
  for (const { metric, pattern } of METRIC_WORDS) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (let found = global.exec(text); found; found = global.exec(text)) {
      const end = found.index + found[0].length;
      // The nearest phrase wins; at the same place the longer ("revenue growth" over "revenue").
      if (!best || found.index > best.index || (found.index === best.index && end > best.end)) best = { metric, index: found.index, end };
    }
  }
  if (!best) return null;
  let before = text.slice(0, best.index);
  if (best.metric === 'revenue-growth') before = before.replace(/\b(?:revenues?|sales)\s*$/i, '');
  const basis =
    basisBefore(before.replace(/\b(?:Q[1-4]|quarter|full[- ]year|fourth|third|second|first|total|organic)\s*$/i, '')) ??
    basisBefore(before);
  const segmentText = before.replace(/\b(?:non-GAAP|non GAAP|GAAP|adjusted)\s*$/i, '');
  const forSegment = /^\s*for (?:our |the )?(\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*)*)(?: (?:business|segment|unit))?\b/u.exec(
    text.slice(best.end),
  );
  const bare =
    best.metric === 'revenue-growth' &&
    !/revenue/i.test(text.slice(best.index, best.end)) &&
    !/\b(?:revenues?|sales)\s*$/i.test(text.slice(0, best.index));
  return { metric: best.metric, bare, basis, segment: forSegment?.[1] ?? segmentBefore(segmentText) };
}

/** The first metric named right after a figure ("$1.1 billion in revenue"), or null. */
function metricAfter(text: string): MetricMatch | null {
  const lead = AFTER_FIGURE.exec(text);
  if (!lead) return null;
  const window = text.slice(0, lead[0].length + 40).split(/[,;.]/)[0] ?? '';
  const found = lastMetricAtStart(window.slice(lead.index));
  return found;
}

function lastMetricAtStart(text: string): MetricMatch | null {
  let best: { match: MetricMatch; index: number; length: number } | null = null;
  for (const { metric, pattern } of METRIC_WORDS) {
    const found = pattern.exec(text);
    if (!found || (best && (found.index > best.index || (found.index === best.index && found[0].length <= best.length)))) continue;
    best = {
      match: { metric, basis: basisBefore(text.slice(0, found.index)), segment: null },
      index: found.index,
      length: found[0].length,
    };
  }
  return best && best.index <= 32 ? best.match : null;
}

/** '' stands for the quarter being reported ("in the quarter"): a period, but no other one. */
const PERIOD_PATTERNS: ReadonlyArray<{ pattern: RegExp; read: (match: RegExpExecArray) => string }> = [
  { pattern: /\byear[- ]to[- ]date\b/i, read: () => 'YTD' },
  { pattern: /\b(?:(?:in|for|during|of) the quarter|this quarter|quarterly)\b/i, read: () => '' },
  { pattern: /\b(?:medium|long)[- ]term\b|\b\d+ to \d+ years\b/i, read: () => 'long term' },
  { pattern: /\b(?:during|for|in) ((?:19|20)\d{2})\b/i, read: (match) => `FY ${match[1]}` },
  {
    pattern: /\b(?:full[- ]year|fiscal(?: year)?|for the year|calendar year|FY)\s*'?((?:19|20)?\d{2})\b/i,
    read: (match) => `FY ${(match[1] ?? '').length === 2 ? `20${match[1]}` : match[1]}`,
  },
  { pattern: /\b((?:19|20)\d{2}) (?:full[- ]year|fiscal year)\b/i, read: (match) => `FY ${match[1]}` },
  { pattern: /\bQ([1-4])(?:\s+((?:19|20)\d{2}))?\b/, read: (match) => `Q${match[1]}${match[2] ? ` ${match[2]}` : ''}` },
  {
    pattern: /\b(first|second|third|fourth) quarter(?: of)?(?:\s+((?:19|20)\d{2}))?\b/i,
    read: (match) =>
      `Q${['first', 'second', 'third', 'fourth'].indexOf((match[1] ?? '').toLowerCase()) + 1}${match[2] ? ` ${match[2]}` : ''}`,
  },
  {
    pattern:
      /\b(?:(?:for the (?:full )?year|full[- ]year|this year|current year|the year(?!-)|fiscal year)(?:\s+(?:19|20)\d{2})?|annual(?! recurring)|in (?:19|20)\d{2})\b/i,
    read: (match) => {
      const year = /(?:19|20)\d{2}/.exec(match[0]);
      return year ? `FY ${year[0]}` : 'FY';
    },
  },
];

/** The period a text names ("Q1", "FY 2024", "FY", "YTD"; '' for the quarter being reported), or null. */
function periodIn(text: string): string | null {
  let best: { period: string; index: number } | null = null;
  for (const { pattern, read } of PERIOD_PATTERNS) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { period: read(match), index: match.index };
  }
  return best?.period ?? null;
}

/** The period a text names ("Q1", "FY 2024", "FY", "YTD"), or null (none, or the quarter being reported). */
export function periodNamed(text: string): string | null {
  return periodIn(text) || null;
}

interface Piece {
  kind: 'usd' | 'percent' | 'bps';
  text: string;
  index: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** The sentence's currency, percentage and basis-point figures, with "X to Y" (and "between X and Y") as one range. */
function piecesOf(sentence: string): Piece[] {
  const quantities = englishQuantities(sentence).filter(
    (quantity): quantity is Quantity & { kind: 'currency' | 'percent' | 'bps' } =>
      quantity.kind === 'currency' || quantity.kind === 'percent' || quantity.kind === 'bps',
  );
  const pieces: Piece[] = [];
  for (let index = 0; index < quantities.length; index += 1) {
    const quantity = quantities[index];
    if (!quantity) continue;
    const kind = quantity.kind === 'currency' ? 'usd' : quantity.kind;
    const next = quantities[index + 1];
    const between = next ? sentence.slice(quantity.index + quantity.text.length, next.index) : '';
    const isAnd = /^\s*and\s*$/i.test(between);
    const rangeOk =
      next !== undefined &&
      next.kind === quantity.kind &&
      RANGE_JOINER.test(between) &&
      (!isAnd || /\bbetween\s*$/i.test(sentence.slice(0, quantity.index))) &&
      next.value >= quantity.value;
    if (next && rangeOk) {
      pieces.push({
        kind,
        text: sentence.slice(quantity.index, next.index + next.text.length),
        index: quantity.index,
        end: next.index + next.text.length,
        value: null,
        low: quantity.value,
        high: next.value,
      });
      index += 1;
    } else {
      pieces.push({
        kind,
        text: quantity.text,
        index: quantity.index,
        end: quantity.index + quantity.text.length,
        value: quantity.value,
        low: null,
        high: null,
      });
    }
  }
  // "2% to 3%" where the first figure has no unit ("2 to 3%") is read by quantities as one figure: fine as it is.
  return pieces;
}

const GROWTH_WORDS = /\b(?:up|down|grew|grow(?:th|ing)?|increas(?:e|ed|ing)|decreas(?:e|ed|ing)|declin(?:e|ed|ing)|rose|fell)\b/i;

interface SentenceContext {
  guidanceIntro: boolean;
  paragraphPeriod: string | null;
}

function lastIndexOf(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  let at = -1;
  for (let found = global.exec(text); found; found = global.exec(text)) at = found.index;
  return at;
}

function figuresOfSentence(
  sentence: string,
  context: SentenceContext,
): Array<Omit<MetricFigure, 'turn' | 'paragraph' | 'sentence' | 'sentenceInTurn' | 'speaker' | 'prepared'>> {
  if (/\brespectively\b/i.test(sentence)) return [];
  const pieces = piecesOf(sentence);
  const out: Array<Omit<MetricFigure, 'turn' | 'paragraph' | 'sentence' | 'sentenceInTurn' | 'speaker' | 'prepared'>> = [];
  const sentencePeriodUpTo = (end: number) => periodIn(sentence.slice(0, end)) ?? context.paragraphPeriod;
  const qualifierOf = (text: string) => (/\borganic\b/i.test(text) ? 'organic' : /\breported\b/i.test(text) ? 'reported' : null);
  let previous: (MetricMatch & { unit: Piece['kind'] }) | null = null;
  let previousEnd = 0;
  pieces.forEach((piece, index) => {
    const left = sentence.slice(previousEnd, piece.index);
    const nextStart = pieces[index + 1]?.index ?? sentence.length;
    const right = sentence.slice(piece.end, nextStart);
    previousEnd = piece.end;
    if (piece.kind !== 'bps' && OTHER_THING.test(right.split(/[,;]/)[0] ?? '')) {
      previous = null;
      return;
    }
    const afterMatch = piece.kind === 'bps' ? null : metricAfter(right);
    let found: MetricMatch | null = afterMatch ?? lastMetric(left);
    let inherited = false;
    if (!found && previous && !NEW_CLAUSE.test(left)) {
      found = { ...previous };
      inherited = true;
    }
    const priorValue = PRIOR.test(left);
    const threshold = THRESHOLD.test(left) && /\b(?:more than|over|above|at least|greater than|exceeding|with)\s*$/i.test(left);
    if (!found) return;
    previous = { ...found, unit: piece.kind };
    if (piece.kind === 'percent' && /^\s*of\b/i.test(right) && !(SHARE_OF_REVENUE.test(right) && found.metric === 'operating-income')) {
      // "93% of total revenue", "70% of Lumen Route revenue": a share, and what follows is about something else.
      previous = null;
      return;
    }
    const before = sentence.slice(0, piece.index);
    const clause = before.slice(Math.max(before.search(/[^,;]*(?:,[^,;]*)?$/), /.*(?:,\s*and\b|;)/s.exec(before)?.[0].length ?? 0));
    if (piece.kind === 'percent' && !afterMatch && CUSTOMERS.test(clause)) return;
    if (piece.kind === 'percent' && SHARE_OF.test(left)) return;
    if (found.metric === 'revenue-growth' && found.bare && !inherited) {
      const earlier = pieces.slice(0, index).length > 0 ? lastMetric(sentence.slice(0, pieces[index - 1]?.index ?? 0)) : null;
      if (earlier && earlier.metric !== 'revenue' && earlier.metric !== 'revenue-growth' && !/\brevenue\b/i.test(left)) return;
    }
    if (piece.kind === 'bps' || priorValue || threshold) return;
    let metric: Metric = found.metric;
    const unit: FigureUnit = piece.kind;
    if (unit === 'percent') {
      if (SHARE_OF_REVENUE.test(right)) {
        metric = 'operating-margin';
      } else if (metric === 'revenue') {
        metric = 'revenue-growth';
      } else if (inherited && metric !== 'revenue-growth' && !['gross-margin', 'operating-margin', 'net-expansion'].includes(metric)) {
        return;
      } else if (inherited && (metric === 'gross-margin' || metric === 'operating-margin') && GROWTH_WORDS.test(left)) {
        return;
      }
    } else if (metric === 'revenue-growth') {
      metric = 'revenue';
    }
    if (inherited && unit === 'percent' && previous.unit === 'usd' && !GROWTH_WORDS.test(left) && metric === 'revenue-growth') {
      // "$612 million, 18%": only "up 18%" or "growth of 18%" is growth.
      if (!/,\s*$/.test(left)) return;
    }
    const rule = METRIC_WORDS.find((entry) => entry.metric === metric);
    if (!rule?.units.includes(unit)) return;
    const guidanceAt = lastIndexOf(before, GUIDANCE);
    const guidance = (context.guidanceIntro || guidanceAt >= 0) && !PAST.test(before.slice(Math.max(0, guidanceAt)));
    const leftClause = left.split(/[,;]/).pop() ?? '';
    const ownPeriod = periodIn(leftClause) ?? periodIn(right.split(/[,;]/)[0] ?? '');
    const loss = /\bloss\b/i.test(left.slice(-60)) && (metric === 'operating-income' || metric === 'net-income' || metric === 'eps');
    const sign = loss ? -1 : 1;
    const basis = found.basis;
    const label = [
      basis === 'non-gaap' ? 'Non-GAAP' : basis === 'gaap' ? 'GAAP' : '',
      found.segment ?? '',
      basis || found.segment ? METRIC_LABELS[metric].toLowerCase() : METRIC_LABELS[metric],
      guidance ? 'guidance' : '',
    ]
      .filter(Boolean)
      .join(' ');
    out.push({
      metric,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      basis,
      guidance,
      segment: found.segment,
      qualifier: qualifierOf(right.split(/[,;]/)[0] ?? '') ?? qualifierOf(leftClause),
      value: piece.value === null ? null : piece.value * sign,
      low: piece.low === null ? null : piece.low * sign,
      high: piece.high === null ? null : piece.high * sign,
      unit,
      approximate: APPROXIMATE.test(before),
      text: piece.text,
      quote: sentence.trim(),
      period: (ownPeriod ?? sentencePeriodUpTo(piece.end)) || null,
    });
  });
  return out;
}

/** Every figure the company states for a known metric, in reading order. */
export function metricFigures(transcript: Pick<Transcript, 'turns'>): MetricFigure[] {
  const figures: MetricFigure[] = [];
  transcript.turns.forEach((turn, turnIndex) => {
    if (turn.role !== 'company') return;
    let sentenceInTurn = 0;
    turn.paragraphs.forEach((pair, paragraphIndex) => {
      const english = pair.en;
      if (english === null) return;
      const context: SentenceContext = { guidanceIntro: false, paragraphPeriod: null };
      splitEnglishSentences(english).forEach((span, sentenceIndex) => {
        sentenceInTurn += 1;
        const sentence = english.slice(span.start, span.end);
        const found = figuresOfSentence(sentence, context);
        for (const figure of found) {
          figures.push({
            ...figure,
            turn: turnIndex,
            paragraph: paragraphIndex,
            sentence: sentenceIndex,
            sentenceInTurn,
            speaker: turn.speaker,
            prepared: turn.section === 'presentation',
          });
        }
        if (found.length === 0 && piecesOf(sentence).length === 0) {
          if (GUIDANCE_INTRO.test(sentence)) context.guidanceIntro = true;
          context.paragraphPeriod = periodIn(sentence) ?? context.paragraphPeriod;
        }
      });
    });
  });
  return figures;
}

/** Figures of the same row of a table: the same metric, both guidance or both not, the same span of time. */
export function figureRowKey(figure: Pick<MetricFigure, 'metric' | 'guidance' | 'period'>): string {
  const scope = figure.period === null || figure.period.startsWith('Q') ? 'quarter' : 'year';
  return `${figure.metric}|${figure.guidance ? 'guidance' : 'actual'}|${scope}`;
}

/**
 * The figure that best stands for a metric in one call: for the whole company, exact, for the period reported
 * (`reportedQuarter`, or no other period named), said first in the prepared remarks.
 */
export function headlineFigures(
  figures: readonly MetricFigure[],
  reported: { quarter: number | null; year: number | null } = { quarter: null, year: null },
): Map<string, MetricFigure> {
  const rank = (figure: MetricFigure) => {
    const period = figure.period ?? '';
    const otherQuarter = period.startsWith('Q') && reported.quarter !== null && !period.startsWith(`Q${reported.quarter}`);
    const otherYear = /^FY \d{4}$/.test(period) && reported.year !== null && period !== `FY ${reported.year}`;
    return (otherQuarter || otherYear ? 4 : 0) + (figure.approximate ? 2 : 0) + (figure.prepared ? 0 : 1);
  };
  const best = new Map<string, { figure: MetricFigure; rank: number }>();
  for (const figure of figures) {
    if (figure.segment) continue;
    const key = figureRowKey(figure);
    const score = rank(figure);
    const held = best.get(key);
    if (!held || score < held.rank) best.set(key, { figure, rank: score });
  }
  return new Map([...best].map(([key, { figure }]) => [key, figure]));
}

/** The middle of a figure (a range's midpoint). */
export function figureValue(figure: Pick<MetricFigure, 'value' | 'low' | 'high'>): number {
  if (figure.value !== null) return figure.value;
  return ((figure.low ?? 0) + (figure.high ?? 0)) / 2;
}

/** How a figure changed from an earlier one of the same row: percent for dollars, percentage points for percentages. */
export function figureChange(
  later: Pick<MetricFigure, 'value' | 'low' | 'high' | 'unit'>,
  earlier: Pick<MetricFigure, 'value' | 'low' | 'high' | 'unit'>,
): { kind: 'percent' | 'points'; value: number } | null {
  if (later.unit !== earlier.unit) return null;
  const a = figureValue(earlier);
  const b = figureValue(later);
  if (later.unit === 'percent') return { kind: 'points', value: Math.round((b - a) * 100) / 100 };
  if (a === 0) return null;
  return { kind: 'percent', value: Math.round(((b - a) / Math.abs(a)) * 1000) / 10 };
}
