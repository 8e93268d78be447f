import fc from 'fast-check';
import { expect, test } from 'vitest';
import { alignSentences, type LengthModel } from '../../src/core/align-sentences.ts';
import { splitChineseSentences, splitEnglishSentences, type Span } from '../../src/core/split-sentences.ts';

/** Text full of the things splitters trip on: marks, abbreviations, figures, quotes, brackets, spaces, CJK. */
const piece = fc.constantFrom(
  '.',
  '. ',
  '?',
  '! ',
  ';',
  '…',
  '...',
  '。',
  '！',
  '？',
  '；',
  '」',
  '「',
  '"',
  '(',
  ')',
  ' ',
  '  ',
  '\t',
  '\u3000',
  'Mr. ',
  'Inc. ',
  'U.S. ',
  'e.g. ',
  'No. 1',
  'Q4. ',
  '4.2',
  'A. ',
  'We ',
  'the ',
  'revenue',
  'Kestrel',
  '營收',
  '成長 12%',
  '我們',
  '🙂',
);
const tricky = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));

function expectLossless(text: string, spans: Span[]) {
  expect(spans.map((span) => text.slice(span.start, span.end)).join('')).toBe(text);
  if (text === '') {
    expect(spans).toEqual([]);
    return;
  }
  expect(spans[0]?.start).toBe(0);
  expect(spans.at(-1)?.end).toBe(text.length);
  spans.forEach((span, index) => {
    expect(span.end).toBeGreaterThan(span.start);
    if (index > 0) expect(span.start).toBe(spans[index - 1]?.end);
    // No sentence is only spaces, unless the whole text is.
    if (spans.length > 1) expect(text.slice(span.start, span.end).trim()).not.toBe('');
  });
}

test('lossless: the English sentences cover any text exactly, in order, without overlap or empty sentences', () => {
  fc.assert(
    fc.property(anyText, (text) => expectLossless(text, splitEnglishSentences(text))),
    { numRuns: 1000 },
  );
});

test('lossless: the Chinese sentences cover any text exactly, in order, without overlap or empty sentences', () => {
  fc.assert(
    fc.property(anyText, (text) => expectLossless(text, splitChineseSentences(text))),
    { numRuns: 1000 },
  );
});

const englishSentence = fc.constantFrom(
  'Yes. ',
  'Thanks for the question. ',
  'Revenue grew 12% to $310 million in Q4. ',
  'We expect Kestrel Freight to ramp over the next several quarters, and we are hiring ahead of that demand. ',
  'Is that the right way to think about it? ',
  'Mr. Lin will cover the U.S. business. ',
);
const chineseSentence = fc.constantFrom(
  '是的。',
  '謝謝你的提問。',
  '第四季營收成長 12%,達到 3.1 億美元。',
  '我們預計 Kestrel Freight 將在接下來幾季逐步增加,我們正在為此招募。',
  '這是正確的思考方式嗎?',
  '林先生將介紹美國業務。',
  'Maybe later. ',
);
const model = fc.record<LengthModel>({
  mean: fc.double({ min: 0.1, max: 2, noNaN: true }),
  variance: fc.double({ min: 0.01, max: 5, noNaN: true }),
  pairs: fc.constant(100),
});
const paragraphs = fc.tuple(
  fc.oneof(
    fc.array(englishSentence, { maxLength: 14 }).map((list) => list.join('')),
    anyText,
  ),
  fc.oneof(
    fc.array(chineseSentence, { maxLength: 14 }).map((list) => list.join('')),
    anyText,
  ),
  model,
);

test('alignment: every sentence is in exactly one link, links keep both orders (never cross), confidences are 0…1', () => {
  fc.assert(
    fc.property(paragraphs, ([en, zh, lengthModel]) => {
      const enSpans = splitEnglishSentences(en);
      const zhSpans = splitChineseSentences(zh);
      const { links } = alignSentences(en, zh, enSpans, zhSpans, lengthModel);
      // Reading the links in order gives 0, 1, 2, … on each side: each index once, and no two links cross.
      expect(links.flatMap(([enIndexes]) => enIndexes)).toEqual(enSpans.map((_, index) => index));
      expect(links.flatMap(([, zhIndexes]) => zhIndexes)).toEqual(zhSpans.map((_, index) => index));
      for (const [enIndexes, zhIndexes, confidence] of links) {
        expect(enIndexes.length + zhIndexes.length).toBeGreaterThan(0);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }
      if (enSpans.length === zhSpans.length) expect(links.every(([e, z]) => e.length === 1 && z.length === 1)).toBe(true);
    }),
    { numRuns: 500 },
  );
});

test('alignment: lopsided paragraphs (one sentence against many) still link every sentence', () => {
  const counts = fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 }));
  fc.assert(
    fc.property(counts, ([n, m]) => {
      const en = 'Revenue grew in the quarter. '.repeat(n);
      const zh = '營收成長。'.repeat(m);
      const { links } = alignSentences(en, zh, splitEnglishSentences(en), splitChineseSentences(zh));
      expect(links.flatMap(([enIndexes]) => enIndexes)).toHaveLength(n);
      expect(links.flatMap(([, zhIndexes]) => zhIndexes)).toHaveLength(m);
    }),
    { numRuns: 300 },
  );
});
