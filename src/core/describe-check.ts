import { describeQuantity, type Quantity } from './quantities.ts';
import type { Sense } from './check-direction.ts';
import type { CheckFinding } from './translation-checks.ts';

/** Longest quote of the call's text a message shows, in characters. */
export const QUOTE_LIMIT = 80;

/** A quote of the call's text, cut at a word near `QUOTE_LIMIT` characters ("… a little"). */
export function excerpt(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return `${text.slice(0, cut > limit / 2 ? cut : limit).trimEnd()}…`;
}

/** "1st", "2nd", "3rd", "24th". */
export function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

const SENSE: Readonly<Record<Sense, string>> = { up: 'up', down: 'down', better: 'better', worse: 'worse' };

/** A quantity as written, with its normalised value when that reads differently ("1.1 億美元 (= $110 million)"). */
export function quantityWithValue(quantity: Quantity): string {
  const described = describeQuantity(quantity);
  return described.replace(/^\$/, '') === quantity.text.replace(/^\$/, '') ? quantity.text : `${quantity.text} (= ${described})`;
}

/**
 * A check in one plain English sentence: the `message` of the CLI's JSON. The reader words checks from its own
 * message tables, in the interface language; this is for tools and people reading the JSON.
 */
export function describeCheck(check: CheckFinding): string {
  switch (check.kind) {
    case 'number':
      switch (check.problem) {
        case 'mismatch':
          return `${check.en.text} on the left, but ${quantityWithValue(check.zh)} on the right.`;
        case 'missing':
          return `${check.en.text} on the left is missing on the right.`;
        case 'extra':
          return `${quantityWithValue(check.zh)} on the right is not on the left.`;
      }
      return check satisfies never;
    case 'untranslated':
      return check.problem === 'no-chinese'
        ? 'This paragraph has no Chinese translation in the file.'
        : 'The Chinese side is not Chinese: this paragraph was left untranslated.';
    case 'merged':
      return check.problem === 'handoff'
        ? 'The Chinese includes an operator’s introduction of the next question that is not in this English paragraph.'
        : 'The Chinese asks a question that this English paragraph does not ask: text from a neighbouring paragraph may have slipped in.';
    case 'length':
      switch (check.problem) {
        case 'repeats':
          return `The Chinese repeats the same sentence ${check.count} times: the translation ran away.`;
        case 'shorter':
          return `The Chinese is far shorter than the English (${check.characters} characters for ${check.words} words): part of it may be missing.`;
        case 'longer':
          return `The Chinese is far longer than the English (${check.characters} characters for ${check.words} words): it may include text from elsewhere.`;
      }
      return check satisfies never;
    case 'direction':
      return check.quantity
        ? `“${check.en.text}” (${SENSE[check.enSense]}) on the left, but ${check.zh.text} (${SENSE[check.zhSense]}) on the right, for ${check.quantity.text}: the change goes the other way.`
        : `“${check.en.text}” (${SENSE[check.enSense]}) on the left, but ${check.zh.text} (${SENSE[check.zhSense]}) on the right: the change goes the other way.`;
    case 'year':
      switch (check.problem) {
        case 'century':
          return check.en && check.year !== null
            ? `${check.en.text} (${check.year}) on the left, but ${check.zh.text} on the right: the year was read as a century.`
            : `${check.zh.text} (a century) on the right, where the left speaks of none: an abbreviated year was probably misread.`;
        case 'range':
          return `${check.en.text} on the left, but ${check.zh.text} (${check.zhYears[0]} to ${check.zhYears[1]}) on the right: the range of years was changed.`;
        case 'fiscal':
          return `Fiscal ${check.en.text} on the left, but ${quantityWithValue(check.zh)} on the right: the fiscal year was changed.`;
      }
      return check satisfies never;
    case 'partial':
      return check.problem === 'english-run'
        ? `Part of the right is left in English (${check.words} words): “${excerpt(check.zh.text)}”.`
        : `The right ends in English: “${excerpt(check.zh.text)}”.`;
    case 'code':
      return `${check.en.text} on the left is a name or code, but the right reads it as a count: ${check.zh.text}.`;
    case 'glossary':
      return `“${check.en.text}” on the left is rendered ${check.zh.text} on the right, a wrong meaning here (usual in Taiwan: ${check.right.join(', ')}).`;
    case 'sentence':
      return check.problem === 'missing'
        ? `A sentence on the left is missing on the right: “${excerpt(check.en.text)}”`
        : `A sentence on the right is not on the left: “${excerpt(check.zh.text)}”`;
  }
}
