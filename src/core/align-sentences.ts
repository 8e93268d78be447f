/**
 * Sentence alignment inside a paragraph pair: which English sentences a Chinese sentence translates.
 * Equal counts link one to one; otherwise a Gale–Church dynamic programme over sentence lengths, with the
 * length ratio measured on the call itself and shared figures and Latin names as anchors. Every link has a
 * confidence: the posterior probability of that link under the same model (forward–backward over every
 * possible alignment of the paragraph). See docs/decisions/006.
 */
import { splitChineseSentences, splitEnglishSentences, type Span } from './split-sentences.ts';
import type { ParagraphPair, Transcript } from './transcript-model.ts';

/**
 * English sentence indexes, Chinese sentence indexes, confidence 0…1. One side may be empty: a sentence
 * with no counterpart (`[[2], [], 0.9]`: the third English sentence is missing from the Chinese).
 */
export type SentenceLink = [en: number[], zh: number[], confidence: number];

/** The sentences of one paragraph pair and their links, in order, each sentence in exactly one link. */
export interface SentenceAlignment {
  en: Span[];
  zh: Span[];
  links: SentenceLink[];
}

/** Chinese characters per English character of a translated sentence: mean ratio and variance per English character. */
export interface LengthModel {
  mean: number;
  variance: number;
  /** Sentence pairs the figures were measured on (0 for the default). */
  pairs: number;
}

/** Used when a call has too few one-to-one sentence pairs to measure its own ratio (typical of Google-translated calls). */
export const DEFAULT_LENGTH_MODEL: LengthModel = { mean: 0.35, variance: 0.27, pairs: 0 };

/** Fewer one-to-one sentence pairs than this and the default model is used. */
const MIN_PAIRS = 20;

/**
 * Bead shapes (English count, Chinese count) and their prior probabilities. Machine translation goes sentence
 * by sentence, so one to one dominates far more than in Gale & Church's human translations (0.89); the other
 * shapes come mostly from the splitters disagreeing (a Chinese ";" or a fragment cut off by a stray "。").
 */
const BEADS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.95],
  [1, 2, 0.02],
  [2, 1, 0.01],
  [1, 0, 0.002],
  [0, 1, 0.002],
  [1, 3, 0.005],
  [3, 1, 0.002],
  [1, 4, 0.002],
  [4, 1, 0.0005],
];
const BEAD_EN = Int8Array.from(BEADS, ([di]) => di);
const BEAD_ZH = Int8Array.from(BEADS, ([, dj]) => dj);
const LOG_PRIOR = Float64Array.from(BEADS, ([, , prior]) => Math.log(prior));

/** Log-likelihood bonus per shared anchor, and penalty per anchor on one side of a link only. */
const ANCHOR_WEIGHT = 2.5;
/** Single-digit numbers are often spelled out, and repeat: they count for less. */
const SMALL_NUMBER_WEIGHT = 1;
/**
 * Log-likelihood penalty, when counts differ, per figure / name of an English sentence that the Chinese it is
 * linked to lacks, while the whole Chinese paragraph lacks it too (figures are often rescaled: $250 million
 * becomes 2.5 億; names are often transliterated).
 */
const ABSENT_FIGURE_WEIGHT = 1;
const ABSENT_NAME_WEIGHT = 1;
/** An anchor found in more sentences than this on either side of a paragraph is not distinctive. */
const MAX_ANCHOR_SPREAD = 2;
/** How far (in sentences) an alignment may stray from the paragraph's diagonal; less when the counts are equal. */
const BAND = 4;
const EQUAL_BAND = 1;

/** Latin words too common to be anchors when a Chinese sentence keeps some English. */
const STOPWORDS = new Set(
  'an the and or but of to in on at for with by from as is are was were be been it its this that we our you your he she they their not so'.split(
    ' ',
  ),
);

/**
 * A Latin letter or digit kept in the Chinese (a name, a figure, an untranslated sentence) stands for the same
 * letter in the English, which the model expects to become about a third of a Chinese character.
 */
const LATIN_IN_CHINESE = 0.35;

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** "." or "," inside a figure ("4.2", "1,000"). */
const isFigureMark = (code: number) => code === 0x2e || code === 0x2c;

/**
 * The length of each sentence, spaces aside: one per character, except that ASCII letters and digits count
 * `latinWeight` each (1 on the English side, LATIN_IN_CHINESE on the Chinese side).
 */
function sentenceLengths(text: string, spans: readonly Span[], latinWeight: number): number[] {
  const lengths: number[] = [];
  for (const span of spans) {
    let count = 0;
    for (let at = span.start; at < span.end; at += 1) {
      const code = text.charCodeAt(at);
      if (code <= 0x20 || code === 0x3000 || code === 0xa0 || (code >= 0xdc00 && code <= 0xdfff)) continue;
      count += isAsciiDigit(code) || isAsciiLetter(code) ? latinWeight : 1;
    }
    lengths.push(count);
  }
  return lengths;
}

/** Index of the span holding offset `at` (spans are in order and cover the text). */
function spanAt(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((spans[middle]?.start ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Per sentence of each side, a bit mask of the anchors it holds; the anchors' weights by bit. */
interface Anchors {
  en: number[];
  zh: number[];
  weights: number[];
}

/**
 * Anchors of a paragraph pair: figures ("4.2", "2023") and Latin words ("Kestrel", "SaaS") that the Chinese
 * keeps from the English. An anchor found in more than MAX_ANCHOR_SPREAD sentences of either side is not
 * distinctive and is dropped. At most 31 anchors (the first ones in the Chinese). Null when there are none.
 */
function paragraphAnchors(en: string, zh: string, enSpans: readonly Span[], zhSpans: readonly Span[]): Anchors | null {
  // Latin runs of the Chinese side, with the Chinese sentences that hold each.
  const found = new Map<string, number[]>();
  for (let at = 0; at < zh.length; at += 1) {
    const code = zh.charCodeAt(at);
    if (!isAsciiDigit(code) && !isAsciiLetter(code)) continue;
    const start = at;
    const figure = isAsciiDigit(code);
    let end = at + 1;
    if (figure) {
      while (
        end < zh.length &&
        (isAsciiDigit(zh.charCodeAt(end)) || (isFigureMark(zh.charCodeAt(end)) && isAsciiDigit(zh.charCodeAt(end + 1))))
      ) {
        end += 1;
      }
    } else {
      while (end < zh.length && (isAsciiLetter(zh.charCodeAt(end)) || isAsciiDigit(zh.charCodeAt(end)) || zh.charAt(end) === '&')) end += 1;
    }
    at = end - 1;
    const key = figure ? zh.slice(start, end) : zh.slice(start, end).toLowerCase();
    if (!figure && (key.length < 2 || STOPWORDS.has(key))) continue;
    const sentence = spanAt(zhSpans, start);
    const sentences = found.get(key);
    if (!sentences) found.set(key, [sentence]);
    else if (!sentences.includes(sentence)) sentences.push(sentence);
  }
  if (found.size === 0) return null;
  // Figures are searched in the English as it is, words in a lowercase copy (made only when needed).
  let lower: string | null = null;
  const enMasks = enSpans.map(() => 0);
  const zhMasks = zhSpans.map(() => 0);
  const weights: number[] = [];
  for (const [key, zhSentences] of found) {
    if (weights.length === 31 || zhSentences.length > MAX_ANCHOR_SPREAD) continue;
    const number = isAsciiDigit(key.charCodeAt(0));
    const haystack = number ? en : (lower ??= en.toLowerCase());
    const enSentences: number[] = [];
    for (let at = haystack.indexOf(key); at !== -1 && enSentences.length <= MAX_ANCHOR_SPREAD; at = haystack.indexOf(key, at + 1)) {
      const before = haystack.charCodeAt(at - 1);
      const after = haystack.charCodeAt(at + key.length);
      const whole = number
        ? !isAsciiDigit(before) &&
          !(isFigureMark(before) && isAsciiDigit(haystack.charCodeAt(at - 2))) &&
          !isAsciiDigit(after) &&
          !(isFigureMark(after) && isAsciiDigit(haystack.charCodeAt(at + key.length + 1)))
        : !isAsciiLetter(before) && !isAsciiLetter(after) && !isAsciiDigit(after);
      if (!whole) continue;
      const sentence = spanAt(enSpans, at);
      if (!enSentences.includes(sentence)) enSentences.push(sentence);
    }
    if (enSentences.length === 0 || enSentences.length > MAX_ANCHOR_SPREAD) continue;
    const bit = 1 << weights.length;
    for (const sentence of enSentences) enMasks[sentence] = (enMasks[sentence] ?? 0) | bit;
    for (const sentence of zhSentences) zhMasks[sentence] = (zhMasks[sentence] ?? 0) | bit;
    weights.push(number && key.length === 1 ? SMALL_NUMBER_WEIGHT : ANCHOR_WEIGHT);
  }
  return weights.length === 0 ? null : { en: enMasks, zh: zhMasks, weights };
}

/** Capitalised English words that the Chinese translates rather than keeps: no evidence when absent. */
const TRANSLATED_WORDS = new Set(
  (
    'january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday the and but so our we you they this that these those there here its thanks thank ' +
    'yes okay operator english chinese american european asian'
  ).split(' '),
);

const CANDIDATE = /\d+(?:[.,]\d+)*|[A-Z][A-Za-z0-9&]*[A-Za-z0-9]/g;

/**
 * Per English sentence, the weight of its figures and capitalised names that appear nowhere in the Chinese
 * paragraph: a Chinese sentence linked to it would be expected to keep some of them, a sentence left out
 * of the translation keeps none. Used only when the counts differ. Null when there are none.
 */
function absentFromChinese(en: string, zh: string, enSpans: readonly Span[]): Float64Array | null {
  const lowerZh = zh.toLowerCase();
  const absent = new Float64Array(enSpans.length);
  let any = false;
  CANDIDATE.lastIndex = 0;
  let sentence = 0;
  let match: RegExpExecArray | null;
  while ((match = CANDIDATE.exec(en)) !== null) {
    while (sentence + 1 < enSpans.length && match.index >= (enSpans[sentence + 1]?.start ?? Infinity)) sentence += 1;
    const token = match[0];
    const figure = isAsciiDigit(token.charCodeAt(0));
    if (!figure) {
      const start = enSpans[sentence]?.start ?? 0;
      const firstWord = en.slice(start, match.index).trim() === '';
      if (firstWord || token.length < 3 || TRANSLATED_WORDS.has(token.toLowerCase())) continue;
    }
    if (lowerZh.includes(figure ? token : token.toLowerCase())) continue;
    absent[sentence] = (absent[sentence] ?? 0) + (figure ? ABSENT_FIGURE_WEIGHT : ABSENT_NAME_WEIGHT);
    any = true;
  }
  return any ? absent : null;
}

/** Sum of the weights of the anchors in `mask`. */
function maskWeight(mask: number, weights: readonly number[]): number {
  let total = 0;
  for (let id = 0; mask !== 0; id += 1, mask >>>= 1) if (mask & 1) total += weights[id] ?? 0;
  return total;
}

/** log(erfc(x)) for x ≥ 0, stable far into the tail (Numerical Recipes' erfcc, relative error < 1.2e-7). */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  return (
    Math.log(t) -
    x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  );
}

/**
 * Log-probability that English length `enLength` translates to Chinese length `zhLength` under the model:
 * the two-tailed probability of a deviation at least this large (Gale & Church 1993), the variance growing
 * with the length, with a floor so that very short sentences ("Yes." / "是的。") are not judged on a handful
 * of characters.
 */
function logLengthMatch(enLength: number, zhLength: number, model: LengthModel): number {
  if (enLength === 0 && zhLength === 0) return 0;
  const reference = (enLength + zhLength / model.mean) / 2;
  const delta = Math.abs(zhLength - enLength * model.mean) / Math.sqrt(Math.max(reference, 8) * model.variance);
  return logErfc(delta / Math.SQRT2);
}

/** Tables of the dynamic programme, reused from paragraph to paragraph (a call aligns thousands). */
interface Tables {
  /** score[cell * BEADS.length + shape]: log-score of the bead of that shape ending at the cell. */
  score: Float64Array;
  /** Best (Viterbi) log-score of reaching the cell, and the shape of its last bead. */
  best: Float64Array;
  back: Int8Array;
  /** Log of the summed probability of every alignment reaching the cell from the start / the end from the cell. */
  forward: Float64Array;
  backward: Float64Array;
}

let tables: Tables | null = null;

function freshTables(cells: number): Tables {
  if (!tables || tables.best.length < cells) {
    const size = Math.max(cells, 1024);
    tables = {
      score: new Float64Array(size * BEADS.length),
      best: new Float64Array(size),
      back: new Int8Array(size),
      forward: new Float64Array(size),
      backward: new Float64Array(size),
    };
  }
  tables.score.fill(-Infinity, 0, cells * BEADS.length);
  tables.best.fill(-Infinity, 0, cells);
  tables.back.fill(-1, 0, cells);
  tables.forward.fill(-Infinity, 0, cells);
  tables.backward.fill(-Infinity, 0, cells);
  return tables;
}

/** Forward and backward passes over every alignment within the band; fills `tables`. */
function runProgramme(
  enPrefix: readonly number[],
  zhPrefix: readonly number[],
  anchors: Anchors | null,
  absent: Float64Array | null,
  model: LengthModel,
  { score, best, back, forward, backward }: Tables,
  halfWidth: number,
): void {
  const n = enPrefix.length - 1;
  const m = zhPrefix.length - 1;
  const width = m + 1;
  const shapes = BEADS.length;
  // Cells more than halfWidth sentences from the straight line (0, 0)–(n, m) are left out.
  const band = halfWidth * n;
  best[0] = 0;
  forward[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      if ((i === 0 && j === 0) || Math.abs(j * n - i * m) > band) continue;
      const cell = i * width + j;
      let top = -Infinity;
      let from = -1;
      // Log-sum-exp of the paths in, kept as max + log(sum of exp(x - max)) to spend one exp per path.
      let high = -Infinity;
      let sum = 0;
      for (let shape = 0; shape < shapes; shape += 1) {
        const di = BEAD_EN[shape] ?? 0;
        const dj = BEAD_ZH[shape] ?? 0;
        if (di > i || dj > j) continue;
        const previous = cell - di * width - dj;
        const reached = forward[previous] ?? -Infinity;
        if (reached === -Infinity) continue;
        // A sentence left out of the translation costs its prior whatever its length (Gale & Church's length
        // term would make a long dropped sentence look impossible and push it into a merge with its neighbour).
        let value =
          (LOG_PRIOR[shape] ?? -Infinity) +
          (di === 0 || dj === 0
            ? 0
            : logLengthMatch((enPrefix[i] ?? 0) - (enPrefix[i - di] ?? 0), (zhPrefix[j] ?? 0) - (zhPrefix[j - dj] ?? 0), model));
        if (absent && dj > 0) for (let k = i - di; k < i; k += 1) value -= absent[k] ?? 0;
        if (anchors) {
          let enMask = 0;
          let zhMask = 0;
          for (let k = i - di; k < i; k += 1) enMask |= anchors.en[k] ?? 0;
          for (let k = j - dj; k < j; k += 1) zhMask |= anchors.zh[k] ?? 0;
          if ((enMask | zhMask) !== 0) value += maskWeight(enMask & zhMask, anchors.weights) - maskWeight(enMask ^ zhMask, anchors.weights);
        }
        score[cell * shapes + shape] = value;
        const candidate = (best[previous] ?? -Infinity) + value;
        if (candidate > top) {
          top = candidate;
          from = shape;
        }
        const path = reached + value;
        if (path > high) {
          sum = sum * Math.exp(high - path) + 1;
          high = path;
        } else sum += Math.exp(path - high);
      }
      best[cell] = top;
      back[cell] = from;
      forward[cell] = high === -Infinity ? -Infinity : high + Math.log(sum);
    }
  }
  backward[n * width + m] = 0;
  for (let i = n; i >= 0; i -= 1) {
    for (let j = m; j >= 0; j -= 1) {
      if ((i === n && j === m) || Math.abs(j * n - i * m) > band) continue;
      const cell = i * width + j;
      let high = -Infinity;
      let sum = 0;
      for (let shape = 0; shape < shapes; shape += 1) {
        const di = BEAD_EN[shape] ?? 0;
        const dj = BEAD_ZH[shape] ?? 0;
        if (i + di > n || j + dj > m) continue;
        const next = cell + di * width + dj;
        const after = backward[next] ?? -Infinity;
        if (after === -Infinity) continue;
        const path = (score[next * shapes + shape] ?? -Infinity) + after;
        if (path === -Infinity) continue;
        if (path > high) {
          sum = sum * Math.exp(high - path) + 1;
          high = path;
        } else sum += Math.exp(path - high);
      }
      backward[cell] = high === -Infinity ? -Infinity : high + Math.log(sum);
    }
  }
}

/** Posterior probability, 0…1 rounded to 3 decimals, of the bead of `shape` ending at cell (i, j). */
function posterior({ score, forward, backward }: Tables, width: number, total: number, shape: number, i: number, j: number): number {
  const cell = i * width + j;
  const start = cell - (BEAD_EN[shape] ?? 0) * width - (BEAD_ZH[shape] ?? 0);
  const value = Math.exp(
    (forward[start] ?? -Infinity) + (score[cell * BEADS.length + shape] ?? -Infinity) + (backward[cell] ?? -Infinity) - total,
  );
  return Number.isFinite(value) ? Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000 : 0;
}

function prefixSums(values: readonly number[]): number[] {
  const sums = [0];
  for (let index = 0; index < values.length; index += 1) sums.push((sums[index] ?? 0) + (values[index] ?? 0));
  return sums;
}

function indexes(from: number, to: number): number[] {
  const list: number[] = [];
  for (let index = from; index < to; index += 1) list.push(index);
  return list;
}

function alignMeasured(
  en: string,
  zh: string,
  enSpans: Span[],
  zhSpans: Span[],
  enLengths: readonly number[],
  zhLengths: readonly number[],
  model: LengthModel,
): SentenceAlignment {
  const n = enSpans.length;
  const m = zhSpans.length;
  const links: SentenceLink[] = [];
  const result: SentenceAlignment = { en: enSpans, zh: zhSpans, links };
  if (n === 0 || m === 0) {
    for (let i = 0; i < n; i += 1) links.push([[i], [], 1]);
    for (let j = 0; j < m; j += 1) links.push([[], [j], 1]);
    return result;
  }
  const width = m + 1;
  const enPrefix = prefixSums(enLengths);
  const zhPrefix = prefixSums(zhLengths);
  const anchors = paragraphAnchors(en, zh, enSpans, zhSpans);
  const absent = n === m ? null : absentFromChinese(en, zh, enSpans);
  let table = freshTables((n + 1) * width);
  runProgramme(enPrefix, zhPrefix, anchors, absent, model, table, n === m ? EQUAL_BAND : BAND);
  if ((table.forward[n * width + m] ?? -Infinity) === -Infinity) {
    // Lopsided counts (one sentence against a dozen) cannot cross the band in steps of at most four: use the whole table.
    table = freshTables((n + 1) * width);
    runProgramme(enPrefix, zhPrefix, anchors, absent, model, table, Infinity);
  }
  const total = table.forward[n * width + m] ?? -Infinity;
  if (n === m) {
    // Equal counts: one to one, each link as likely as the model finds it.
    for (let i = 0; i < n; i += 1) links.push([[i], [i], posterior(table, width, total, 0, i + 1, i + 1)]);
    return result;
  }
  for (let i = n, j = m; i > 0 || j > 0;) {
    const shape = table.back[i * width + j] ?? -1;
    if (shape < 0) break;
    const di = BEAD_EN[shape] ?? 0;
    const dj = BEAD_ZH[shape] ?? 0;
    links.push([indexes(i - di, i), indexes(j - dj, j), posterior(table, width, total, shape, i, j)]);
    i -= di;
    j -= dj;
  }
  links.reverse();
  return result;
}

/**
 * Aligns the sentences of one paragraph pair. `enSpans`/`zhSpans` are the sentences of `en`/`zh`
 * (from splitEnglishSentences / splitChineseSentences); `model` is the call's length ratio
 * (measureLengthModel). Equal counts link one to one; otherwise the most likely alignment is returned.
 * Every sentence is in exactly one link, and links never cross.
 */
export function alignSentences(
  en: string,
  zh: string,
  enSpans: readonly Span[],
  zhSpans: readonly Span[],
  model: LengthModel = DEFAULT_LENGTH_MODEL,
): SentenceAlignment {
  return alignMeasured(
    en,
    zh,
    enSpans.slice(),
    zhSpans.slice(),
    sentenceLengths(en, enSpans, 1),
    sentenceLengths(zh, zhSpans, LATIN_IN_CHINESE),
    model,
  );
}

interface SplitParagraph {
  en: Span[];
  zh: Span[];
  enLengths: number[];
  zhLengths: number[];
}

/** The sentences of every paragraph of a transcript, and their lengths, computed once. */
function splitTranscript(transcript: { turns: ReadonlyArray<{ paragraphs: readonly ParagraphPair[] }> }): SplitParagraph[][] {
  return transcript.turns.map((turn) =>
    turn.paragraphs.map((paragraph) => {
      const en = paragraph.en === null ? [] : splitEnglishSentences(paragraph.en);
      const zh = paragraph.zh === null ? [] : splitChineseSentences(paragraph.zh);
      return {
        en,
        zh,
        enLengths: sentenceLengths(paragraph.en ?? '', en, 1),
        zhLengths: sentenceLengths(paragraph.zh ?? '', zh, LATIN_IN_CHINESE),
      };
    }),
  );
}

function measureSplit(split: SplitParagraph[][]): LengthModel {
  let enTotal = 0;
  let zhTotal = 0;
  let pairs = 0;
  for (const turn of split) {
    for (const { en, zh, enLengths, zhLengths } of turn) {
      if (en.length !== zh.length) continue;
      for (let k = 0; k < en.length; k += 1) {
        enTotal += enLengths[k] ?? 0;
        zhTotal += zhLengths[k] ?? 0;
        pairs += 1;
      }
    }
  }
  if (pairs < MIN_PAIRS || enTotal === 0) return DEFAULT_LENGTH_MODEL;
  const mean = zhTotal / enTotal;
  let squares = 0;
  for (const turn of split) {
    for (const { en, zh, enLengths, zhLengths } of turn) {
      if (en.length !== zh.length) continue;
      for (let k = 0; k < en.length; k += 1) squares += ((zhLengths[k] ?? 0) - (enLengths[k] ?? 0) * mean) ** 2;
    }
  }
  return { mean, variance: Math.max(squares / enTotal, 0.01), pairs };
}

/**
 * The call's own length model: Chinese characters per English character over the sentence pairs of the
 * paragraphs whose two sides have as many sentences (taken as one to one), and the variance per English
 * character. Spaces do not count, and Latin letters and digits kept in the Chinese count about a third.
 * Falls back to DEFAULT_LENGTH_MODEL below MIN_PAIRS pairs. With `sample`, about that many paragraphs, spread evenly
 * over the call, are measured (a long call's ratio is as well known from a thousand paragraphs as from all).
 */
export function measureLengthModel(transcript: Pick<Transcript, 'turns'>, options: { sample?: number } = {}): LengthModel {
  if (!options.sample) return measureSplit(splitTranscript(transcript));
  let paragraphs = 0;
  for (const turn of transcript.turns) paragraphs += turn.paragraphs.length;
  const step = Math.max(1, Math.floor(paragraphs / options.sample));
  // Only the sampled paragraphs are taken, as one short "turn".
  const sampled: ParagraphPair[] = [];
  let count = 0;
  for (const turn of transcript.turns) {
    for (const paragraph of turn.paragraphs) {
      if (count % step === 0) sampled.push(paragraph);
      count += 1;
    }
  }
  return measureSplit(splitTranscript({ turns: [{ paragraphs: sampled }] }));
}

/**
 * Sentence alignment of every paragraph: result[t][p] is for `transcript.turns[t].paragraphs[p]`, with the
 * call's own length model unless one is given. A side that is null has no sentences; the other side's
 * sentences are then linked to nothing.
 */
export function alignTranscript(transcript: Transcript, model?: LengthModel): SentenceAlignment[][] {
  const split = splitTranscript(transcript);
  const lengthModel = model ?? measureSplit(split);
  return transcript.turns.map((turn, t) =>
    turn.paragraphs.map((paragraph, p) => {
      const sentences = split[t]?.[p];
      if (!sentences) return { en: [], zh: [], links: [] };
      return alignMeasured(
        paragraph.en ?? '',
        paragraph.zh ?? '',
        sentences.en,
        sentences.zh,
        sentences.enLengths,
        sentences.zhLengths,
        lengthModel,
      );
    }),
  );
}
