import { matchIntroduction } from './detect-questions.ts';
import { hasHan } from './line-kind.ts';
import { chineseQuantities, describeQuantity, englishQuantities, type Quantity, type QuantityKind } from './quantities.ts';
import type { ParagraphPair, Transcript } from './transcript-model.ts';

export type CheckKind = 'number' | 'untranslated' | 'merged' | 'length';

/** Something the machine translation of one pair seems to have got wrong, in plain words. */
export interface TranslationCheck {
  /** 1-based line of the English line of the pair. */
  line: number;
  kind: CheckKind;
  message: string;
  /** Index of the turn and of the paragraph in it. */
  turn: number;
  paragraph: number;
}

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

function shown(quantity: Quantity): string {
  const described = describeQuantity(quantity);
  return described.replace(/^\$/, '') === quantity.text.replace(/^\$/, '') ? quantity.text : `${quantity.text} (= ${described})`;
}

/** Compares the quantities of one pair; returns plain-words problems, or none. */
export function compareQuantities(en: string, zh: string): string[] {
  const left = englishQuantities(en);
  const right = chineseQuantities(zh);
  const used = new Set<number>();
  const problems: string[] = [];
  const unmatched: Quantity[] = [];
  for (const quantity of left) {
    const index = right.findIndex(
      (candidate, position) =>
        !used.has(position) && same(candidate.value, quantity.value) && COMPATIBLE[quantity.kind].includes(candidate.kind),
    );
    if (index !== -1) used.add(index);
    else unmatched.push(quantity);
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
      problems.push(`${quantity.text} on the left, but ${shown(counterpart)} on the right.`);
    } else if (!right.some((candidate) => same(candidate.value, quantity.value))) {
      problems.push(`${quantity.text} on the left is missing on the right.`);
    }
  }
  right.forEach((quantity, position) => {
    if (used.has(position) || !significantExtra(quantity)) return;
    if (left.some((candidate) => same(candidate.value, quantity.value))) return;
    problems.push(`${shown(quantity)} on the right is not on the left.`);
  });
  return problems;
}

const OPERATOR_HANDOFF_ZH = /(?:第一個|下一個|最後一個|下一位|最後一位)(?:問題|提問)(?:來自|將來自)|問題來自.{0,40}的線路/;

/** Chinese text that looks like an operator's question introduction. */
function hasHandoff(zh: string): boolean {
  return OPERATOR_HANDOFF_ZH.test(zh);
}

function letterCount(text: string): number {
  return (text.match(/[A-Za-z]/g) ?? []).length;
}

function hanCount(text: string): number {
  return (text.match(/[\u3400-\u9fff]/g) ?? []).length;
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

/** Checks one pair; `typicalRatio` is the call's usual Chinese-characters-per-English-letter ratio. */
export function checkPair(pair: Pick<ParagraphPair, 'en' | 'zh'>, typicalRatio: number): Array<{ kind: CheckKind; message: string }> {
  const { en, zh } = pair;
  if (en === null) return [];
  const words = en.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length;
  if (zh === null || zh.trim() === '') {
    return [{ kind: 'untranslated', message: 'This paragraph has no Chinese translation in the file.' }];
  }
  if (!hasHan(zh)) {
    return words >= 2 ? [{ kind: 'untranslated', message: 'The Chinese side is not Chinese: this paragraph was left untranslated.' }] : [];
  }
  const flags: Array<{ kind: CheckKind; message: string }> = [];
  if (hasHandoff(zh) && matchIntroduction(en) === null && !/\bquestion\b[^.]*\b(?:from|line)\b/i.test(en)) {
    flags.push({
      kind: 'merged',
      message: 'The Chinese includes an operator’s introduction of the next question that is not in this English paragraph.',
    });
  } else if (/[?？]/.test(zh) && !/\?/.test(en)) {
    flags.push({
      kind: 'merged',
      message:
        'The Chinese asks a question that this English paragraph does not ask: text from a neighbouring paragraph may have slipped in.',
    });
  }
  for (const problem of compareQuantities(en, zh)) flags.push({ kind: 'number', message: problem });
  const letters = letterCount(en);
  const repeated = mostRepeatedSentence(zh);
  if (repeated >= 3 && mostRepeatedSentence(en) < 2) {
    flags.push({ kind: 'length', message: `The Chinese repeats the same sentence ${repeated} times: the translation ran away.` });
  } else if (letters >= 15 && flags.every((flag) => flag.kind !== 'merged')) {
    const ratio = hanCount(zh) / letters / typicalRatio;
    if (ratio < 0.3 && letters >= 60)
      flags.push({
        kind: 'length',
        message: `The Chinese is far shorter than the English (${hanCount(zh)} characters for ${words} words): part of it may be missing.`,
      });
    else if (ratio > 2.6)
      flags.push({
        kind: 'length',
        message: `The Chinese is far longer than the English (${hanCount(zh)} characters for ${words} words): it may include text from elsewhere.`,
      });
  }
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

/** Runs every check on every pair of a transcript, in reading order. */
export function checkTranslation(transcript: Pick<Transcript, 'turns'>): TranslationCheck[] {
  const typical = typicalLengthRatio(transcript.turns.flatMap((turn) => turn.paragraphs));
  const checks: TranslationCheck[] = [];
  transcript.turns.forEach((turn, turnIndex) => {
    turn.paragraphs.forEach((paragraph, paragraphIndex) => {
      for (const flag of checkPair(paragraph, typical)) {
        checks.push({ line: paragraph.line, kind: flag.kind, message: flag.message, turn: turnIndex, paragraph: paragraphIndex });
      }
    });
  });
  return checks;
}
