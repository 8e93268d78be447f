import { expect, test } from 'vitest';
import { checkPair, checkTranslation, compareQuantities } from '../../src/core/translation-checks.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { smallCall } from '../support/transcript-text.ts';

test('a correct translation of tricky figures raises nothing', () => {
  expect(
    compareQuantities(
      'We delivered $4.2 billion in revenue, up 11%, expanded margins by 450 basis points and served 42 million users in Q4.',
      '我們實現了 42 億美元的收入,成長 11%,利潤率擴大 450 個基點,並在第四季服務了 4,200 萬用戶。',
    ),
  ).toEqual([]);
});

test('a scale slip is explained with both values', () => {
  expect(compareQuantities('Nearly $1.1 billion in revenue.', '近 1.1 億美元的收入。')).toEqual([
    '$1.1 billion on the left, but 1.1 億美元 (= $110 million) on the right.',
  ]);
});

test('a figure left out of the Chinese is reported as missing', () => {
  expect(compareQuantities('Free cash flow was $211 million and revenue grew 8%.', '自由現金流很強勁,營收成長 8%。')).toEqual([
    '$211 million on the left is missing on the right.',
  ]);
});

test('untranslated, merged and length problems are told apart', () => {
  expect(checkPair({ en: 'We are pleased with the results.', zh: 'We are pleased with the results.' }, 0.33)).toEqual([
    expect.objectContaining({ kind: 'untranslated' }),
  ]);
  expect(checkPair({ en: 'We are pleased with the results.', zh: null }, 0.33)).toEqual([
    expect.objectContaining({ kind: 'untranslated' }),
  ]);
  expect(
    checkPair(
      { en: 'That is all we have on pricing for now.', zh: '這就是我們目前關於定價的全部內容。您的下一個問題來自 Kestrel 的 Mia Holt。' },
      0.33,
    ),
  ).toEqual([expect.objectContaining({ kind: 'merged' })]);
  const long =
    'We continue to invest in our platform, our people and our partners, and we are encouraged by what we see across every region and product line.';
  expect(checkPair({ en: long, zh: '我們繼續投資。' }, 0.33)).toEqual([expect.objectContaining({ kind: 'length' })]);
});

test('checks on a transcript point at the English line and the pair', () => {
  const transcript = parseTranscript(smallCall().replace('利潤率擴大了 150 個基點。', '利潤率擴大了 150%。'));
  expect(checkTranslation(transcript)).toEqual([
    {
      line: expect.any(Number),
      kind: 'number',
      message: '150 basis points on the left, but 150% on the right.',
      turn: 4,
      paragraph: 0,
    },
  ]);
  const check = checkTranslation(transcript)[0];
  expect(transcript.turns[4]?.paragraphs[0]?.line).toBe(check?.line);
});
