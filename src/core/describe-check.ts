import { describeQuantity, type Quantity } from './quantities.ts';
import type { CheckFinding } from './translation-checks.ts';

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
  }
}
