import type { Sense } from '../../../core/check-direction.ts';
import { excerpt, quantityWithValue } from '../../../core/describe-check.ts';
import type { Quantity } from '../../../core/quantities.ts';
import type { CheckFinding, CheckKind, Quote, TranslationCheck } from '../../../core/translation-checks.ts';
import type { TranslationChecksMessages } from '../messages.ts';

import type { TextPart } from '../../../components/text-parts.tsx';

const HAN = /[\u3400-\u9fff]/;

/** An English quantity as written, marked as English. */
function english(quantity: Quantity): TextPart[] {
  return [{ text: quantity.text, lang: 'en' }];
}

/** A Chinese quantity as written (marked as Chinese), with its value in English when that reads differently. */
function chinese(quantity: Quantity): TextPart[] {
  const withValue = quantityWithValue(quantity);
  const text: TextPart = { text: quantity.text, lang: HAN.test(quantity.text) ? 'zh-Hant' : 'en' };
  if (withValue === quantity.text) return [text];
  return [text, { text: ' ' }, { text: withValue.slice(quantity.text.length + 1), lang: 'en' }];
}

/** A piece of the call's text, marked with its own language (Chinese when it has Han characters, else English). */
function quoted(quote: Pick<Quote, 'text'>, shorten = false): TextPart[] {
  const text = shorten ? excerpt(quote.text) : quote.text;
  return [{ text, lang: HAN.test(text) ? 'zh-Hant' : 'en' }];
}

function sense(value: Sense, m: TranslationChecksMessages): TextPart[] {
  const words: Record<Sense, string> = { up: m.sense_up, down: m.sense_down, better: m.sense_better, worse: m.sense_worse };
  return [{ text: words[value] }];
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

const plain = (text: string | number): TextPart[] => [{ text: String(text) }];

/**
 * A check in plain words of the interface language, from the check's data ("in the English" rather than "on the
 * left": the Chinese is below the English in most views). Quotes from the call keep their own language.
 */
export function checkWording(check: CheckFinding, m: TranslationChecksMessages): TextPart[] {
  switch (check.kind) {
    case 'number':
      switch (check.problem) {
        case 'mismatch':
          return fill(m.numberMismatch, { en: english(check.en), zh: chinese(check.zh) });
        case 'missing':
          return fill(m.numberMissing, { en: english(check.en) });
        case 'extra':
          return fill(m.numberExtra, { zh: chinese(check.zh) });
      }
      return check satisfies never;
    case 'untranslated':
      return plain(check.problem === 'no-chinese' ? m.noChinese : m.notChinese);
    case 'merged':
      return plain(check.problem === 'handoff' ? m.mergedHandoff : m.mergedQuestion);
    case 'length':
      switch (check.problem) {
        case 'repeats':
          return fill(m.repeats, { count: plain(check.count) });
        case 'shorter':
          return fill(m.shorter, { characters: plain(check.characters), words: plain(check.words) });
        case 'longer':
          return fill(m.longer, { characters: plain(check.characters), words: plain(check.words) });
      }
      return check satisfies never;
    case 'direction': {
      const values = { en: quoted(check.en), zh: quoted(check.zh), enSense: sense(check.enSense, m), zhSense: sense(check.zhSense, m) };
      return check.quantity
        ? fill(m.directionReversedFor, { ...values, quantity: english(check.quantity) })
        : fill(m.directionReversed, values);
    }
    case 'year':
      switch (check.problem) {
        case 'century':
          return check.en && check.year !== null
            ? fill(m.yearCentury, { en: quoted(check.en), year: plain(check.year), zh: quoted(check.zh) })
            : fill(m.yearCenturyAlone, { zh: quoted(check.zh) });
        case 'range':
          return fill(m.yearRange, { en: quoted(check.en), zh: quoted(check.zh) });
        case 'fiscal':
          return fill(m.yearFiscal, { en: english(check.en), zh: chinese(check.zh) });
      }
      return check satisfies never;
    case 'partial':
      return check.problem === 'english-run'
        ? fill(m.partialRun, { words: plain(check.words), zh: quoted(check.zh, true) })
        : fill(m.partialEnd, { zh: quoted(check.zh, true) });
    case 'code':
      return fill(m.codeAsCount, { en: quoted(check.en), zh: quoted(check.zh) });
    case 'glossary':
      return fill(m.glossaryWrong, {
        en: quoted(check.en),
        zh: quoted(check.zh),
        right: check.right.flatMap((rendering, index) => [
          ...(index > 0 ? [{ text: m.listSeparator }] : []),
          ...quoted({ text: rendering }),
        ]),
        note: quoted({ text: check.note }),
      });
    case 'sentence':
      return check.problem === 'missing'
        ? fill(m.sentenceMissing, { en: quoted(check.en, true) })
        : fill(m.sentenceAdded, { zh: quoted(check.zh, true) });
  }
}

/** The name of a kind of check in the interface language. */
export function checkKindLabel(kind: CheckKind, m: TranslationChecksMessages): string {
  const labels: Record<CheckKind, string> = {
    number: m.kind_number,
    untranslated: m.kind_untranslated,
    merged: m.kind_merged,
    length: m.kind_length,
    direction: m.kind_direction,
    year: m.kind_year,
    partial: m.kind_partial,
    code: m.kind_code,
    glossary: m.kind_glossary,
    sentence: m.kind_sentence,
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
    const note = { title: checkKindLabel(check.kind, m), message: checkWording(check, m) };
    const list = notes.get(key);
    if (list) list.push(note);
    else notes.set(key, [note]);
  }
  return notes;
}
