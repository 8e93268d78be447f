import { DEFAULT_LENGTH_MODEL, measureLengthModel, type LengthModel } from './align-sentences.ts';
import { checkCodes } from './check-codes.ts';
import { checkDirection, type Sense } from './check-direction.ts';
import { checkGlossary } from './check-glossary.ts';
import { FINANCE_GLOSSARY, type GlossaryTerm } from './finance-glossary.ts';
import { checkPartial } from './check-partial.ts';
import { checkSentences } from './check-sentences.ts';
import { checkYears } from './check-years.ts';
import { matchIntroduction } from './detect-questions.ts';
import { hasHan } from './line-kind.ts';
import { chineseQuantities, englishQuantities, type Quantity, type QuantityKind } from './quantities.ts';
import type { ParagraphPair, Transcript, Turn } from './transcript-model.ts';

/** Where a piece of text sits in one side of a pair: offsets into the English or the Chinese string. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of one side of a pair, as written, and where it sits. */
export interface Quote extends Span {
  text: string;
}

/**
 * What a check found in one pair, as data: its kind, what went wrong (`problem`) and the facts on each side
 * (quantities, spans into the pair's strings). Each interface words it from its own message tables; the CLI's
 * English sentence comes from `describeCheck` (src/core/describe-check.ts).
 */
export type CheckFinding =
  /** An English quantity with a different one in the Chinese ($1.1 billion vs 1.1 億美元). */
  | { kind: 'number'; problem: 'mismatch'; en: Quantity; zh: Quantity; enSpan: Span; zhSpan: Span }
  /** An English quantity the Chinese lacks. */
  | { kind: 'number'; problem: 'missing'; en: Quantity; enSpan: Span }
  /** A significant Chinese quantity (money, percent, basis points, a scaled count) the English lacks. */
  | { kind: 'number'; problem: 'extra'; zh: Quantity; zhSpan: Span }
  | { kind: 'untranslated'; problem: 'no-chinese' }
  | { kind: 'untranslated'; problem: 'not-chinese' }
  /** The Chinese holds an operator's introduction of the next question (at `zhSpan`). */
  | { kind: 'merged'; problem: 'handoff'; zhSpan: Span }
  /** The Chinese asks a question (the sentence at `zhSpan`) the English does not. */
  | { kind: 'merged'; problem: 'question'; zhSpan: Span }
  /** The same sentence `count` times in the Chinese. */
  | { kind: 'length'; problem: 'repeats'; count: number }
  /** `characters` Han characters for `words` English words, far from the call's usual ratio. */
  | { kind: 'length'; problem: 'shorter' | 'longer'; characters: number; words: number }
  /**
   * The direction of a change reversed: the English word (`en`, meaning `enSense`) and the Chinese one (`zh`,
   * `zhSense`) that govern the same `quantity` (null for a headwind said as a tailwind, which needs no figure).
   */
  | { kind: 'direction'; problem: 'reversed'; en: Quote; zh: Quote; enSense: Sense; zhSense: Sense; quantity: Quantity | null }
  /** A year as a century ('24 → 24 世紀): the English abbreviated year and its `year` when found, and the Chinese. */
  | { kind: 'year'; problem: 'century'; en: Quote | null; zh: Quote; year: number | null }
  /** A year range whose ends the Chinese changed (2023 to 2024 → 2023 年至2023 年). */
  | { kind: 'year'; problem: 'range'; en: Quote; zh: Quote; enYears: [number, number]; zhYears: [number, number] }
  /** A fiscal year said as another year (fiscal 2026 → 2025 財年). */
  | { kind: 'year'; problem: 'fiscal'; en: Quantity; zh: Quantity; enSpan: Span; zhSpan: Span }
  /**
   * Part of the Chinese left in English: a stretch of English words (`english-run`) or a last English word
   * (`ends-in-english`), quoted with its number of `words`.
   */
  | { kind: 'partial'; problem: 'english-run' | 'ends-in-english'; zh: Quote; words: number }
  /** A product code, model or ticker (`en`, e.g. 10DLC) read as a count in the Chinese (`zh`, e.g. 10 個 DLC). */
  | { kind: 'code'; problem: 'read-as-count'; en: Quote; zh: Quote }
  /**
   * A glossary term (`term`, its canonical English; `en` as written) rendered in the Chinese with a wrong meaning
   * (`zh`); `right` are its usual Taiwan renderings and `note` its explanation in Chinese.
   */
  | { kind: 'glossary'; problem: 'wrong-rendering'; term: string; en: Quote; zh: Quote; right: readonly string[]; note: string }
  /** An English sentence the Chinese leaves out, as the sentence alignment links it (with its `confidence`, 0…1). */
  | { kind: 'sentence'; problem: 'missing'; en: Quote; confidence: number }
  /** A Chinese sentence with no English counterpart (often from a neighbouring paragraph). */
  | { kind: 'sentence'; problem: 'added'; zh: Quote; confidence: number };

export type CheckKind = CheckFinding['kind'];

/** Where a check is: the English line of the pair (1-based), and the indexes of the turn and of the paragraph in it. */
export interface CheckPlace {
  line: number;
  turn: number;
  paragraph: number;
}

/** Something the machine translation of one pair seems to have got wrong, with its place in the call. */
export type TranslationCheck = CheckFinding & CheckPlace;

/** Which Chinese kinds may carry an English quantity of a kind (Chinese often drops 美元, or says 年 for a year). */
const COMPATIBLE: Readonly<Record<QuantityKind, readonly QuantityKind[]>> = {
  currency: ['currency', 'count'],
  percent: ['percent'],
  bps: ['bps'],
  count: ['count', 'currency', 'year', 'duration', 'figure', 'multiple'],
  quarter: ['quarter'],
  year: ['year', 'count'],
  figure: ['figure', 'count'],
  duration: ['duration', 'count'],
  multiple: ['multiple', 'count'],
  half: ['half'],
  fraction: ['fraction', 'percent'],
  points: ['points', 'percent'],
};

const same = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;

/** True for an English quantity whose absence from the Chinese is worth flagging. */
function mustAppear(quantity: Quantity): boolean {
  return !(quantity.kind === 'count' && quantity.bare && quantity.value < 10);
}

/** True for a Chinese quantity whose absence from the English is worth flagging. */
function significantExtra(quantity: Quantity): boolean {
  return (
    quantity.kind === 'currency' || quantity.kind === 'percent' || quantity.kind === 'bps' || (quantity.kind === 'count' && !quantity.bare)
  );
}

const spanOf = (quantity: Quantity): Span => ({ start: quantity.index, end: quantity.index + quantity.text.length });

/** A year the English calls fiscal ("fiscal 2026", "FY2026") or the Chinese gives as a fiscal year (2025 財年). */
function isFiscal(en: string, year: Quantity, rendered: Quantity): boolean {
  return (
    /財年|财年|財政年度|會計年度/.test(rendered.text) ||
    /\b(?:fiscal(?:\s+years?)?|FY)\s*['’]?$/i.test(en.slice(Math.max(0, year.index - 14), year.index))
  );
}

/** The quantities of a pair: those the two sides share (English, Chinese), and the findings about the rest. */
export interface QuantityComparison {
  left: Quantity[];
  right: Quantity[];
  shared: Array<readonly [Quantity, Quantity]>;
  findings: CheckFinding[];
}

/** Compares the quantities of one pair: number problems (a year said as another year is a `year` problem). */
export function compareQuantities(en: string, zh: string): CheckFinding[] {
  return matchQuantities(en, zh).findings;
}

/** Matches the quantities of one pair and reports those that differ, are missing, or are extra. */
export function matchQuantities(en: string, zh: string): QuantityComparison {
  const left = englishQuantities(en);
  const right = chineseQuantities(zh);
  const used = new Set<number>();
  const shared: Array<readonly [Quantity, Quantity]> = [];
  const findings: CheckFinding[] = [];
  const unmatched: Quantity[] = [];
  for (const quantity of left) {
    const index = right.findIndex(
      (candidate, position) =>
        !used.has(position) && same(candidate.value, quantity.value) && COMPATIBLE[quantity.kind].includes(candidate.kind),
    );
    const match = right[index];
    if (match) {
      used.add(index);
      shared.push([quantity, match]);
    } else unmatched.push(quantity);
  }
  for (const quantity of unmatched) {
    if (!mustAppear(quantity)) continue;
    // The likeliest counterpart: an unused Chinese quantity of a compatible kind with the same leading digits.
    const digits = (value: number) => String(value).replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '');
    const counterpart = right.find(
      (candidate, position) =>
        !used.has(position) &&
        (COMPATIBLE[quantity.kind].includes(candidate.kind) || candidate.kind === 'percent' || candidate.kind === 'quarter') &&
        (digits(candidate.value) === digits(quantity.value) || candidate.kind === quantity.kind),
    );
    if (counterpart) {
      used.add(right.indexOf(counterpart));
      if (quantity.kind === 'year' && counterpart.kind === 'year' && isFiscal(en, quantity, counterpart)) {
        findings.push({
          kind: 'year',
          problem: 'fiscal',
          en: quantity,
          zh: counterpart,
          enSpan: spanOf(quantity),
          zhSpan: spanOf(counterpart),
        });
        continue;
      }
      findings.push({
        kind: 'number',
        problem: 'mismatch',
        en: quantity,
        zh: counterpart,
        enSpan: spanOf(quantity),
        zhSpan: spanOf(counterpart),
      });
    } else if (!right.some((candidate) => same(candidate.value, quantity.value))) {
      findings.push({ kind: 'number', problem: 'missing', en: quantity, enSpan: spanOf(quantity) });
    }
  }
  right.forEach((quantity, position) => {
    if (used.has(position) || !significantExtra(quantity)) return;
    if (left.some((candidate) => same(candidate.value, quantity.value))) return;
    findings.push({ kind: 'number', problem: 'extra', zh: quantity, zhSpan: spanOf(quantity) });
  });
  return { left, right, shared, findings };
}

const OPERATOR_HANDOFF_ZH = /(?:第一個|下一個|最後一個|下一位|最後一位)(?:問題|提問)(?:來自|將來自)|問題來自.{0,40}的線路/;

/** Where the Chinese holds an operator's question introduction, or null. */
function handoffSpan(zh: string): Span | null {
  const match = OPERATOR_HANDOFF_ZH.exec(zh);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The first sentence of the Chinese that ends in a question mark, or null. */
function questionSpan(zh: string): Span | null {
  const mark = zh.search(/[?？]/);
  if (mark === -1) return null;
  const before = zh.slice(0, mark);
  const start = Math.max(...['。', '！', '!', '；', ';', '?', '？'].map((stop) => before.lastIndexOf(stop))) + 1;
  const leading = /^\s*/.exec(zh.slice(start))?.[0].length ?? 0;
  return { start: start + leading, end: mark + 1 };
}

/** ASCII letters in a text (a loop: this runs on every pair of a call, twice). */
function letterCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index) | 0x20;
    if (code >= 0x61 && code <= 0x7a) count += 1;
  }
  return count;
}

/** Han characters (U+3400–U+9FFF) in a text. */
function hanCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x3400 && code <= 0x9fff) count += 1;
  }
  return count;
}

/** How many times the most frequent sentence of a paragraph occurs. */
function mostRepeatedSentence(text: string): number {
  const counts = new Map<string, number>();
  for (const sentence of text.split(/[。.!?！？;；]+/)) {
    const key = sentence.trim();
    if (key.length >= 2) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

/**
 * Checks one pair; `typicalRatio` is the call's usual Chinese-characters-per-English-letter ratio, `sentences` the
 * call's sentence length model (measureLengthModel).
 */
export function checkPair(
  pair: Pick<ParagraphPair, 'en' | 'zh'>,
  typicalRatio: number,
  sentences: LengthModel = DEFAULT_LENGTH_MODEL,
  glossary: readonly GlossaryTerm[] = FINANCE_GLOSSARY,
): CheckFinding[] {
  const { en, zh } = pair;
  if (en === null) return [];
  const words = () => en.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length;
  if (zh === null || zh.trim() === '') return [{ kind: 'untranslated', problem: 'no-chinese' }];
  if (!hasHan(zh)) return words() >= 2 ? [{ kind: 'untranslated', problem: 'not-chinese' }] : [];
  const flags: CheckFinding[] = [];
  const handoff = handoffSpan(zh);
  const question = /\?/.test(en) ? null : questionSpan(zh);
  if (handoff && matchIntroduction(en) === null && !/\bquestion\b[^.]*\b(?:from|line)\b/i.test(en)) {
    flags.push({ kind: 'merged', problem: 'handoff', zhSpan: handoff });
  } else if (question) {
    flags.push({ kind: 'merged', problem: 'question', zhSpan: question });
  }
  const quantities = matchQuantities(en, zh);
  const years = checkYears(en, zh);
  // A year inside a corrupted range is told by the range.
  const inRange = (span: Span, side: 'en' | 'zh') =>
    years.some((finding) => finding.problem === 'range' && finding[side].start <= span.start && span.end <= finding[side].end);
  flags.push(
    ...quantities.findings.filter(
      (finding) =>
        !(
          finding.kind === 'number' &&
          finding.problem === 'mismatch' &&
          finding.en.kind === 'year' &&
          (inRange(finding.enSpan, 'en') || inRange(finding.zhSpan, 'zh'))
        ),
    ),
  );
  flags.push(...checkDirection(en, zh, quantities.shared, quantities.left, quantities.right));
  flags.push(...years);
  flags.push(...checkCodes(en, zh));
  flags.push(...checkPartial(en, zh));
  flags.push(...checkGlossary(en, zh, glossary));
  const mixedUp = flags.some((flag) => flag.kind === 'merged' || flag.kind === 'partial');
  const letters = letterCount(en);
  const repeated = mostRepeatedSentence(zh);
  if (repeated >= 3 && mostRepeatedSentence(en) < 2) {
    flags.push({ kind: 'length', problem: 'repeats', count: repeated });
  } else if (letters >= 15 && !mixedUp) {
    const characters = hanCount(zh);
    const ratio = characters / letters / typicalRatio;
    // Names and acronyms the Chinese keeps in Latin letters need no Chinese characters.
    const translated = letters - letterCount(zh);
    if (translated >= 60 && characters / translated / typicalRatio < 0.3)
      flags.push({ kind: 'length', problem: 'shorter', characters, words: words() });
    else if (ratio > 2.6) flags.push({ kind: 'length', problem: 'longer', characters, words: words() });
  }
  // A sentence left out or slipped in, unless the Chinese side is already known to be mixed up or cut.
  const cut = flags.some((flag) => flag.kind === 'length');
  if (!mixedUp && !cut) flags.push(...checkSentences(en, zh, sentences));
  return flags;
}

/** The median Chinese-characters-per-English-letter ratio of well-formed pairs (0.33 without enough data). */
export function typicalLengthRatio(pairs: ReadonlyArray<Pick<ParagraphPair, 'en' | 'zh'>>): number {
  const ratios: number[] = [];
  for (const { en, zh } of pairs) {
    if (en === null || zh === null) continue;
    const letters = letterCount(en);
    const han = hanCount(zh);
    if (letters >= 60 && han > 0) ratios.push(han / letters);
  }
  if (ratios.length < 5) return 0.33;
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] ?? 0.33;
}

/** A finding with its place in the call (place first, as the CLI's JSON lists it). */
export function placeCheck(finding: CheckFinding, place: CheckPlace): TranslationCheck {
  return { ...place, ...finding };
}

/** Paragraphs the sentence length model is measured on, at most: an even sample of a long call says as much. */
const MODEL_SAMPLE = 600;

/** The call's sentence length model (measureLengthModel), measured on an even sample of its paragraphs. */
export function sentenceLengthModel(transcript: { readonly turns: readonly Turn[] }): LengthModel {
  const paragraphs = transcript.turns.flatMap((turn) => turn.paragraphs);
  const step = Math.max(1, Math.ceil(paragraphs.length / MODEL_SAMPLE));
  const sample = step === 1 ? paragraphs : paragraphs.filter((_, index) => index % step === 0);
  return measureLengthModel({
    turns: [{ speaker: '', title: '', role: 'company', section: 'presentation', line: 0, headerLines: [], paragraphs: sample }],
  });
}

/**
 * Runs every check on every pair of a transcript, in reading order; `glossary` is the finance glossary, or it with a
 * reader's own terms added.
 */
export function checkTranslation(
  transcript: Pick<Transcript, 'turns'>,
  glossary: readonly GlossaryTerm[] = FINANCE_GLOSSARY,
): TranslationCheck[] {
  const typical = typicalLengthRatio(transcript.turns.flatMap((turn) => turn.paragraphs));
  const sentences = sentenceLengthModel(transcript);
  const checks: TranslationCheck[] = [];
  transcript.turns.forEach((turn, turnIndex) => {
    turn.paragraphs.forEach((paragraph, paragraphIndex) => {
      for (const finding of checkPair(paragraph, typical, sentences, glossary)) {
        checks.push(placeCheck(finding, { line: paragraph.line, turn: turnIndex, paragraph: paragraphIndex }));
      }
    });
  });
  return checks;
}
