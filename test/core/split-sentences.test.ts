import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { splitChineseSentences, splitEnglishSentences, type Span } from '../../src/core/split-sentences.ts';

interface SentenceCase {
  id: string;
  why: string;
  en: string;
  zh: string;
  enSentences: string[];
  zhSentences: string[];
}

const cases = JSON.parse(readFileSync('test/fixtures/sentence-cases.json', 'utf8')) as SentenceCase[];
const texts = (text: string, spans: Span[]) => spans.map((span) => text.slice(span.start, span.end));

test.each(cases)('$id: English sentences ($why)', ({ en, enSentences }) => {
  expect(texts(en, splitEnglishSentences(en))).toEqual(enSentences);
});

test.each(cases)('$id: Chinese sentences ($why)', ({ zh, zhSentences }) => {
  expect(texts(zh, splitChineseSentences(zh))).toEqual(zhSentences);
});

test('empty text has no sentences; text with no end mark is one sentence', () => {
  expect(splitEnglishSentences('')).toEqual([]);
  expect(splitChineseSentences('')).toEqual([]);
  expect(splitEnglishSentences('(Operator Instructions)')).toEqual([{ start: 0, end: 23 }]);
  expect(splitChineseSentences('   ')).toEqual([{ start: 0, end: 3 }]);
});

test('a mark with nothing before it does not make an empty sentence', () => {
  expect(texts('? Yes. No.', splitEnglishSentences('? Yes. No.'))).toEqual(['? Yes. ', 'No.']);
  expect(texts('。 ?也許如此。是的。', splitChineseSentences('。 ?也許如此。是的。'))).toEqual(['。 ?也許如此。', '是的。']);
});

test('a lowercase word after a period continues the sentence, on both sides', () => {
  expect(splitEnglishSentences('We reviewed Harbor Freight. and the work goes on.')).toHaveLength(1);
  expect(texts('He asked "why?" and we answered.', splitEnglishSentences('He asked "why?" and we answered.'))).toEqual([
    'He asked "why?" and we answered.',
  ]);
});
