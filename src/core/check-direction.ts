/**
 * Direction of change: a reduction rendered as growth, "improved" as 惡化, a headwind as 順風. Each side's
 * direction is the word nearest to a quantity the two sides share, inside its sentence; the senses are compared
 * only on the same scale (up/down for amounts, better/worse for quality), and a negated word says nothing.
 */
import type { Quantity, QuantityKind } from './quantities.ts';
import type { CheckFinding, Quote } from './translation-checks.ts';

/** Which way a word says a metric went: amounts (up/down) or quality (better/worse). */
export type Sense = 'up' | 'down' | 'better' | 'worse';

const OPPOSITE: Readonly<Record<Sense, Sense>> = { up: 'down', down: 'up', better: 'worse', worse: 'better' };

/** English direction words by sense (whole words, any case). */
const EN_WORDS: Readonly<Record<Sense, readonly string[]>> = {
  up: [
    'increase',
    'increased',
    'increases',
    'increasing',
    'grew',
    'grow',
    'grows',
    'grown',
    'growing',
    'growth',
    'rose',
    'rise',
    'rises',
    'risen',
    'rising',
    'up',
    'higher',
    'expand',
    'expanded',
    'expands',
    'expanding',
    'expansion',
    'climbed',
    'climb',
    'jumped',
    'surged',
    'accelerated',
    'accelerate',
    'accelerating',
    'widened',
    'widen',
    'raised',
    'raise',
    'raising',
    'boosted',
    'doubled',
    'tripled',
  ],
  down: [
    'decrease',
    'decreased',
    'decreases',
    'decreasing',
    'decline',
    'declined',
    'declines',
    'declining',
    'fell',
    'fall',
    'falls',
    'falling',
    'fallen',
    'down',
    'lower',
    'lowered',
    'reduce',
    'reduced',
    'reduces',
    'reducing',
    'reduction',
    'cut',
    'cuts',
    'contract',
    'contracted',
    'contracting',
    'contraction',
    'shrank',
    'shrink',
    'shrinking',
    'narrowed',
    'narrow',
    'narrowing',
    'dropped',
    'drop',
    'drops',
    'slipped',
    'decelerated',
    'decelerate',
    'decelerating',
    'compressed',
    'compression',
    'dipped',
    'trimmed',
  ],
  better: ['improve', 'improved', 'improves', 'improving', 'improvement', 'tailwind', 'tailwinds', 'better', 'strengthened'],
  worse: [
    'worsen',
    'worsened',
    'worsening',
    'deteriorated',
    'deteriorating',
    'deterioration',
    'headwind',
    'headwinds',
    'worse',
    'weakened',
  ],
};

/** Chinese direction words by sense (compounds: a lone 升 or 降 is too often part of another word). */
const ZH_WORDS: Readonly<Record<Sense, readonly string[]>> = {
  up: [
    '增長',
    '成長',
    '增加',
    '上升',
    '提高',
    '提升',
    '擴大',
    '擴張',
    '上漲',
    '走高',
    '攀升',
    '增至',
    '升至',
    '漲至',
    '加速',
    '年增',
    '季增',
    '月增',
    '調高',
    '上調',
    '翻倍',
    '倍增',
    '增幅',
    '漲幅',
    '增长',
    '成长',
    '上涨',
  ],
  down: [
    '減少',
    '下降',
    '降低',
    '降至',
    '減至',
    '縮小',
    '收窄',
    '下滑',
    '下跌',
    '走低',
    '萎縮',
    '縮減',
    '減緩',
    '放緩',
    '年減',
    '季減',
    '月減',
    '調降',
    '下調',
    '削減',
    '跌至',
    '回落',
    '壓縮',
    '減幅',
    '跌幅',
    '减少',
  ],
  better: ['改善', '改進', '順風', '好轉'],
  worse: ['惡化', '逆風', '不利', '阻力', '轉弱', '恶化'],
};

interface Word {
  text: string;
  start: number;
  end: number;
  sense: Sense;
  negated: boolean;
}

const EN_SENSE = new Map<string, Sense>();
for (const [sense, words] of Object.entries(EN_WORDS) as Array<[Sense, readonly string[]]>) {
  for (const word of words) EN_SENSE.set(word, sense);
}
const EN_PATTERN = new RegExp(String.raw`\b(?:${[...EN_SENSE.keys()].join('|')})\b`, 'gi');

const ZH_SENSE = new Map<string, Sense>();
for (const [sense, words] of Object.entries(ZH_WORDS) as Array<[Sense, readonly string[]]>) {
  for (const word of words) ZH_SENSE.set(word, sense);
}
const ZH_PATTERN = new RegExp([...ZH_SENSE.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/** "not", "n't", "no", "rather than" just before an English word; 不/未/沒/非/而非 before a Chinese one. */
const EN_NEGATION = /(?:\bnot|n't|\bno|\bnever|\brather than|\binstead of)\s+(?:\w+\s+)?$/i;
const ZH_NEGATION = /(?:不|未|沒|没|非|無)(?:會|有|再)?$/;

function englishWords(en: string): Word[] {
  const words: Word[] = [];
  EN_PATTERN.lastIndex = 0;
  for (let match = EN_PATTERN.exec(en); match; match = EN_PATTERN.exec(en)) {
    const sense = EN_SENSE.get(match[0].toLowerCase());
    if (!sense) continue;
    const before = en.slice(Math.max(0, match.index - 24), match.index);
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length, sense, negated: EN_NEGATION.test(before) });
  }
  return words;
}

function chineseWords(zh: string): Word[] {
  const words: Word[] = [];
  ZH_PATTERN.lastIndex = 0;
  for (let match = ZH_PATTERN.exec(zh); match; match = ZH_PATTERN.exec(zh)) {
    const sense = ZH_SENSE.get(match[0]);
    if (!sense) continue;
    const before = zh.slice(Math.max(0, match.index - 3), match.index);
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length, sense, negated: ZH_NEGATION.test(before) });
  }
  return words;
}

/** Start and end of the sentence around `at`: English sentences end at . ! ? ; before a space. */
function englishSentence(en: string, at: number): [number, number] {
  const stop = /[.!?;](?=\s|$)/g;
  let start = 0;
  for (let match = stop.exec(en); match; match = stop.exec(en)) {
    if (match.index >= at) return [start, match.index + 1];
    start = match.index + 1;
  }
  return [start, en.length];
}

function chineseSentence(zh: string, at: number): [number, number] {
  const stop = /[。！？；!?;]/g;
  let start = 0;
  for (let match = stop.exec(zh); match; match = stop.exec(zh)) {
    if (match.index >= at) return [start, match.index + 1];
    start = match.index + 1;
  }
  return [start, zh.length];
}

/**
 * The direction word that governs a quantity: the nearest one before it in its sentence (within `before`
 * characters, and after the quantity before it), else the nearest one after it (within `after`, and before the
 * next quantity), e.g. "a 2-point headwind", 以中個位數成長.
 */
function governing(
  words: readonly Word[],
  quantities: readonly Quantity[],
  quantity: Quantity,
  sentence: [number, number],
  before: number,
  after: number,
): Word | null {
  const end = quantity.index + quantity.text.length;
  const previous = quantities.filter((other) => other.index < quantity.index).at(-1);
  const next = quantities.find((other) => other.index > quantity.index);
  const from = Math.max(sentence[0], previous ? previous.index + previous.text.length : 0, quantity.index - before);
  const to = Math.min(sentence[1], next ? next.index : Number.POSITIVE_INFINITY, end + after);
  let best: Word | null = null;
  for (const word of words) {
    if (word.start >= from && word.end <= quantity.index) best = word;
  }
  if (best) return best;
  return words.find((word) => word.start >= end && word.end <= to) ?? null;
}

const WINDS = /headwind|tailwind/i;

const METRIC_KINDS = new Set<QuantityKind>(['currency', 'percent', 'bps', 'count', 'figure', 'multiple', 'points', 'fraction']);

const quote = (word: Word): Quote => ({ text: word.text, start: word.start, end: word.end });

/** Words of one sense, outside negation, in a piece of text. */
const senses = (words: readonly Word[], from: number, to: number) =>
  new Set(words.filter((word) => !word.negated && word.start >= from && word.end <= to).map((word) => word.sense));

/** Start and end of the Chinese clause around `at` (between commas and stops). */
function chineseClause(zh: string, at: number): [number, number] {
  const before = zh.slice(0, at);
  const start = Math.max(...[...'，,、;；。！？!?'].map((mark) => before.lastIndexOf(mark))) + 1;
  const after = zh.slice(at).search(/[，,、;；。！？!?]/);
  return [start, after === -1 ? zh.length : at + after + 1];
}

/**
 * Direction reversed between the two sides. `shared` are the quantities the two sides have in common (English,
 * Chinese), as matched by the number check.
 */
export function checkDirection(
  en: string,
  zh: string,
  shared: ReadonlyArray<readonly [Quantity, Quantity]>,
  enQuantities: readonly Quantity[],
  zhQuantities: readonly Quantity[],
): CheckFinding[] {
  // Only figures the two sides share can anchor a direction, and only metrics go up or down; a wind needs none.
  const metrics = shared.filter(([left, right]) => METRIC_KINDS.has(left.kind) && METRIC_KINDS.has(right.kind));
  if (metrics.length === 0 && !WINDS.test(en)) return [];
  const enWords = englishWords(en);
  if (enWords.length === 0) return [];
  const zhWords = chineseWords(zh);
  if (zhWords.length === 0) return [];
  const findings: CheckFinding[] = [];
  const seen = new Set<number>();
  // Times (Q3, 2024, the first half, three years) are not metrics that go up or down.
  for (const [left, right] of metrics) {
    const enSentence = englishSentence(en, left.index);
    const zhSentence = chineseSentence(zh, right.index);
    const enWord = governing(enWords, enQuantities, left, enSentence, 160, 40);
    const zhWord = governing(zhWords, zhQuantities, right, zhSentence, 40, 12);
    if (!enWord || !zhWord || enWord.negated || zhWord.negated || seen.has(zhWord.start)) continue;
    if (zhWord.sense !== OPPOSITE[enWord.sense]) continue;
    // Both senses in the Chinese clauses that hold the word and the figure ("從逆風轉為順風"): nothing to say.
    const [from] = chineseClause(zh, Math.min(zhWord.start, right.index));
    const [, to] = chineseClause(zh, Math.max(zhWord.start, right.index));
    if (senses(zhWords, from, to).has(enWord.sense)) continue;
    seen.add(zhWord.start);
    findings.push({
      kind: 'direction',
      problem: 'reversed',
      en: quote(enWord),
      zh: quote(zhWord),
      enSense: enWord.sense,
      zhSense: zhWord.sense,
      quantity: left,
    });
  }
  // Headwinds and tailwinds need no figure: one rendered as the other is reversed.
  for (const [word, opposite] of [
    ['headwind', '順風'],
    ['tailwind', '逆風'],
  ] as const) {
    const enWord = enWords.find((candidate) => candidate.text.toLowerCase().startsWith(word) && !candidate.negated);
    // Both winds in the English ("from a headwind into a tailwind"): each Chinese one may be right.
    if (!enWord || findings.length > 0 || enWords.some((candidate) => candidate.sense === OPPOSITE[enWord.sense])) continue;
    const expected = enWord.sense;
    const zhSenses = senses(zhWords, 0, zh.length);
    const zhWord = zhWords.find((candidate) => candidate.text === opposite && !candidate.negated);
    if (zhWord && !zhSenses.has(expected)) {
      findings.push({
        kind: 'direction',
        problem: 'reversed',
        en: quote(enWord),
        zh: quote(zhWord),
        enSense: expected,
        zhSense: zhWord.sense,
        quantity: null,
      });
    }
  }
  return findings;
}
