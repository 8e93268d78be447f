import type { CheckKind, TranslationCheck } from '../../../core/translation-checks.ts';
import type { TranslationChecksMessages } from '../messages.ts';

import type { TextPart } from '../../../components/text-parts.tsx';

const HAN = /[\u3400-\u9fff]/;

/** A quantity quoted in a message: the English side's as English; a Chinese one as Chinese, with its "(= $110 million)" in English. */
function quantity(text: string, side: 'en' | 'zh'): TextPart[] {
  if (side === 'en' || !HAN.test(text)) return [{ text, lang: 'en' }];
  const split = /^(.*?) (\(= .+\))$/.exec(text);
  return split?.[1] && split[2]
    ? [{ text: split[1], lang: 'zh-Hant' }, { text: ' ' }, { text: split[2], lang: 'en' }]
    : [{ text, lang: 'zh-Hant' }];
}

/** Fills `{name}` placeholders of an interface string with parts. */
function fill(template: string, values: Record<string, TextPart[]>): TextPart[] {
  const parts: TextPart[] = [];
  for (const [index, piece] of template.split(/\{(\w+)\}/).entries()) {
    if (index % 2 === 1) parts.push(...(values[piece] ?? [{ text: `{${piece}}` }]));
    else if (piece !== '') parts.push({ text: piece });
  }
  return parts;
}

const plain = (text: string): TextPart[] => [{ text }];

/**
 * The core's plain-words messages, reworded for any layout ("in the English" rather than "on the left": the
 * Chinese is below the English in most views) and in the interface language. A message of an unknown shape is
 * shown as the core wrote it.
 */
const WORDINGS: ReadonlyArray<[RegExp, (match: RegExpExecArray, m: TranslationChecksMessages) => TextPart[]]> = [
  [
    /^(.+) on the left, but (.+) on the right\.$/,
    ([, en = '', zh = ''], m) => fill(m.numberMismatch, { en: quantity(en, 'en'), zh: quantity(zh, 'zh') }),
  ],
  [/^(.+) on the left is missing on the right\.$/, ([, en = ''], m) => fill(m.numberMissing, { en: quantity(en, 'en') })],
  [/^(.+) on the right is not on the left\.$/, ([, zh = ''], m) => fill(m.numberExtra, { zh: quantity(zh, 'zh') })],
  [/^This paragraph has no Chinese translation in the file\.$/, (_, m) => plain(m.noChinese)],
  [/^The Chinese side is not Chinese: this paragraph was left untranslated\.$/, (_, m) => plain(m.notChinese)],
  [/^The Chinese includes an operator’s introduction of the next question/, (_, m) => plain(m.mergedHandoff)],
  [/^The Chinese asks a question that this English paragraph does not ask/, (_, m) => plain(m.mergedQuestion)],
  [/^The Chinese repeats the same sentence (\d+) times/, ([, count = ''], m) => fill(m.repeats, { count: plain(count) })],
  [
    /^The Chinese is far shorter than the English \((\d+) characters for (\d+) words\)/,
    ([, characters = '', words = ''], m) => fill(m.shorter, { characters: plain(characters), words: plain(words) }),
  ],
  [
    /^The Chinese is far longer than the English \((\d+) characters for (\d+) words\)/,
    ([, characters = '', words = ''], m) => fill(m.longer, { characters: plain(characters), words: plain(words) }),
  ],
];

/** A check's message in plain words of the interface language. */
export function checkWording(message: string, m: TranslationChecksMessages): TextPart[] {
  for (const [pattern, word] of WORDINGS) {
    const match = pattern.exec(message);
    if (match) return word(match, m);
  }
  return [{ text: message, lang: 'en' }];
}

/** The name of a kind of check in the interface language. */
export function checkKindLabel(kind: CheckKind, m: TranslationChecksMessages): string {
  const labels: Record<CheckKind, string> = {
    number: m.kind_number,
    untranslated: m.kind_untranslated,
    merged: m.kind_merged,
    length: m.kind_length,
  };
  return labels[kind];
}

/** What the reader marks on a flagged pair: the kind of problem and the problem, in plain words. */
export interface PairNote {
  title: string;
  message: TextPart[];
}

/** The checks grouped by pair (key `${turn}:${paragraph}`), worded for the interface language. */
export function notesByPair(checks: readonly TranslationCheck[], m: TranslationChecksMessages): Map<string, PairNote[]> {
  const notes = new Map<string, PairNote[]>();
  for (const check of checks) {
    const key = `${check.turn}:${check.paragraph}`;
    const note = { title: checkKindLabel(check.kind, m), message: checkWording(check.message, m) };
    const list = notes.get(key);
    if (list) list.push(note);
    else notes.set(key, [note]);
  }
  return notes;
}
