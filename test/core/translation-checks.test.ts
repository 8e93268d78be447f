import { expect, test } from 'vitest';
import { describeCheck } from '../../src/core/describe-check.ts';
import { checkPair, checkTranslation, compareQuantities } from '../../src/core/translation-checks.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { smallCall } from '../support/transcript-text.ts';

const described = (en: string, zh: string) => compareQuantities(en, zh).map(describeCheck);

test('a correct translation of tricky figures raises nothing', () => {
  expect(
    compareQuantities(
      'We delivered $4.2 billion in revenue, up 11%, expanded margins by 450 basis points and served 42 million users in Q4.',
      '我們實現了 42 億美元的收入,成長 11%,利潤率擴大 450 個基點,並在第四季服務了 4,200 萬用戶。',
    ),
  ).toEqual([]);
});

test('a scale slip gives both quantities, where they sit, and a sentence with both values', () => {
  const en = 'Nearly $1.1 billion in revenue.';
  const zh = '近 1.1 億美元的收入。';
  const [finding, ...rest] = compareQuantities(en, zh);
  expect(rest).toEqual([]);
  expect(finding).toMatchObject({
    kind: 'number',
    problem: 'mismatch',
    en: { kind: 'currency', value: 1.1e9, text: '$1.1 billion' },
    zh: { kind: 'currency', value: 1.1e8, text: '1.1 億美元' },
  });
  if (finding?.problem !== 'mismatch') throw new Error('expected a mismatch');
  expect(en.slice(finding.enSpan.start, finding.enSpan.end)).toBe('$1.1 billion');
  expect(zh.slice(finding.zhSpan.start, finding.zhSpan.end)).toBe('1.1 億美元');
  expect(describeCheck(finding)).toBe('$1.1 billion on the left, but 1.1 億美元 (= $110 million) on the right.');
});

test('a figure left out of the Chinese is reported as missing, and one the English lacks as extra', () => {
  expect(described('Free cash flow was $211 million and revenue grew 8%.', '自由現金流很強勁,營收成長 8%。')).toEqual([
    '$211 million on the left is missing on the right.',
  ]);
  const zh = '營收成長 12%，達到 5 億美元。';
  const [extra] = compareQuantities('Revenue grew 12%.', zh);
  expect(extra).toMatchObject({ kind: 'number', problem: 'extra', zh: { value: 5e8 } });
  if (extra?.problem !== 'extra') throw new Error('expected an extra quantity');
  expect(zh.slice(extra.zhSpan.start, extra.zhSpan.end)).toBe('5 億美元');
  expect(extra && describeCheck(extra)).toBe('5 億美元 (= $500 million) on the right is not on the left.');
});

test('untranslated, merged and length problems are told apart, with the facts', () => {
  expect(checkPair({ en: 'We are pleased with the results.', zh: 'We are pleased with the results.' }, 0.33)).toEqual([
    { kind: 'untranslated', problem: 'not-chinese' },
  ]);
  expect(checkPair({ en: 'We are pleased with the results.', zh: null }, 0.33)).toEqual([{ kind: 'untranslated', problem: 'no-chinese' }]);
  const merged = '這就是我們目前關於定價的全部內容。您的下一個問題來自 Kestrel 的 Mia Holt。';
  const [handoff, ...others] = checkPair({ en: 'That is all we have on pricing for now.', zh: merged }, 0.33);
  expect(others).toEqual([]);
  expect(handoff).toMatchObject({ kind: 'merged', problem: 'handoff' });
  if (handoff?.kind !== 'merged') throw new Error('expected a merged check');
  expect(merged.slice(handoff.zhSpan.start, handoff.zhSpan.end)).toBe('下一個問題來自');
  const asked = '謝謝，這很有幫助。那麼利潤率呢？';
  const [question] = checkPair({ en: 'Thanks, that is helpful.', zh: asked }, 0.33);
  if (question?.kind !== 'merged') throw new Error('expected a merged check');
  expect(asked.slice(question.zhSpan.start, question.zhSpan.end)).toBe('那麼利潤率呢？');
  const long =
    'We continue to invest in our platform, our people and our partners, and we are encouraged by what we see across every region and product line.';
  expect(checkPair({ en: long, zh: '我們繼續投資。' }, 0.33)).toEqual([{ kind: 'length', problem: 'shorter', characters: 6, words: 26 }]);
  expect(checkPair({ en: 'We grew in every region.', zh: '我們成長了。我們成長了。我們成長了。' }, 0.33)).toEqual([
    { kind: 'length', problem: 'repeats', count: 3 },
  ]);
});

test('the English sentences of the CLI read as they always have', () => {
  const long =
    'We continue to invest in our platform, our people and our partners, and we are encouraged by what we see across every region and product line.';
  const sentences = [
    checkPair({ en: 'We are pleased.', zh: null }, 0.33),
    checkPair({ en: 'We are pleased.', zh: 'We are pleased.' }, 0.33),
    checkPair({ en: 'Thanks.', zh: '謝謝。您的下一個問題來自 Kestrel 的 Mia Holt。' }, 0.33),
    checkPair({ en: 'Thanks, that is helpful.', zh: '謝謝，這很有幫助。那麼利潤率呢？' }, 0.33),
    checkPair({ en: 'We grew in every region.', zh: '我們成長了。我們成長了。我們成長了。' }, 0.33),
    checkPair({ en: long, zh: '我們繼續投資。' }, 0.33),
  ].flatMap((findings) => findings.map(describeCheck));
  expect(sentences).toEqual([
    'This paragraph has no Chinese translation in the file.',
    'The Chinese side is not Chinese: this paragraph was left untranslated.',
    'The Chinese includes an operator’s introduction of the next question that is not in this English paragraph.',
    'The Chinese asks a question that this English paragraph does not ask: text from a neighbouring paragraph may have slipped in.',
    'The Chinese repeats the same sentence 3 times: the translation ran away.',
    'The Chinese is far shorter than the English (6 characters for 26 words): part of it may be missing.',
  ]);
});

test('checks on a transcript point at the English line and the pair', () => {
  const transcript = parseTranscript(smallCall().replace('利潤率擴大了 150 個基點。', '利潤率擴大了 150%。'));
  const checks = checkTranslation(transcript);
  expect(checks).toEqual([
    expect.objectContaining({ line: expect.any(Number), kind: 'number', problem: 'mismatch', turn: 4, paragraph: 0 }),
  ]);
  const [check] = checks;
  expect(check && describeCheck(check)).toBe('150 basis points on the left, but 150% on the right.');
  expect(transcript.turns[4]?.paragraphs[0]?.line).toBe(check?.line);
});
