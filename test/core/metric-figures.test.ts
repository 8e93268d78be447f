import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { callPeriod } from '../../src/core/call-period.ts';
import {
  figureChange,
  figureRowKey,
  headlineFigures,
  metricFigures,
  periodNamed,
  type MetricFigure,
} from '../../src/core/metric-figures.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { splitEnglishSentences } from '../../src/core/split-sentences.ts';
import { DISCLAIMER, fileText, header, pair } from '../support/transcript-text.ts';

/** A call whose CFO says `sentences` (one paragraph each), with a welcome naming Q4 2024. */
function callSaying(...sentences: string[]) {
  return parseTranscript(
    fileText(
      [DISCLAIMER],
      header('Operator'),
      pair('Welcome to the Kite Systems Fourth Quarter 2024 Earnings Call.', '歡迎參加 Kite Systems 2024 年第四季財報電話會議。'),
      header('Mina Sato - CFO'),
      ...sentences.map((sentence) => pair(sentence, '中文翻譯。')),
    ),
  );
}

const figuresOf = (...sentences: string[]) => metricFigures(callSaying(...sentences));
const brief = (figure: MetricFigure) => ({
  metric: figure.metric,
  value: figure.value,
  low: figure.low,
  high: figure.high,
  unit: figure.unit,
  guidance: figure.guidance,
  basis: figure.basis,
  period: figure.period,
});

describe('metric labels from the sentence that states the figure', () => {
  test.each<[string, Partial<MetricFigure>[]]>([
    [
      'Fourth quarter revenue was $1.2 billion, up 9% year-over-year.',
      [
        { metric: 'revenue', value: 1.2e9, unit: 'usd', period: 'Q4' },
        { metric: 'revenue-growth', value: 9, unit: 'percent', period: 'Q4' },
      ],
    ],
    [
      'We delivered $310 million in revenue, $42 million in non-GAAP income from operations and $55 million in free cash flow.',
      [
        { metric: 'revenue', value: 310e6 },
        { metric: 'operating-income', value: 42e6, basis: 'non-gaap' },
        { metric: 'free-cash-flow', value: 55e6 },
      ],
    ],
    ['Non-GAAP gross margin was 71.5%, up 80 basis points.', [{ metric: 'gross-margin', value: 71.5, basis: 'non-gaap' }]],
    ['GAAP operating margin was 12%.', [{ metric: 'operating-margin', value: 12, basis: 'gaap' }]],
    ['GAAP net loss was $14 million.', [{ metric: 'net-income', value: -14e6, basis: 'gaap' }]],
    ['Our dollar-based net expansion rate was 108%, up from 105% last quarter.', [{ metric: 'net-expansion', value: 108 }]],
    [
      'For Q1, we expect revenue of $400 million to $410 million and non-GAAP operating income of $30 million to $34 million.',
      [
        { metric: 'revenue', low: 400e6, high: 410e6, value: null, guidance: true, period: 'Q1' },
        { metric: 'operating-income', low: 30e6, high: 34e6, guidance: true, basis: 'non-gaap', period: 'Q1' },
      ],
    ],
    [
      "We're guiding in the current year to about $250 million to $350 million of non-GAAP operating profit.",
      [{ metric: 'operating-income', low: 250e6, high: 350e6, guidance: true, basis: 'non-gaap', period: 'FY' }],
    ],
    ['We repurchased $80 million of stock in the quarter.', [{ metric: 'buyback', value: 80e6, period: null }]],
    ['Our Board approved a new $500 million share repurchase program.', [{ metric: 'buyback-authorization', value: 500e6 }]],
    [
      'For the full year 2025, we expect free cash flow between $200 million and $220 million.',
      [{ metric: 'free-cash-flow', low: 200e6, high: 220e6, guidance: true, period: 'FY 2025' }],
    ],
  ])('%s', (sentence, expected) => {
    const found = figuresOf(sentence).map(brief);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(found[index]).toMatchObject(want));
  });

  test.each([
    'Stock-based compensation was 14% of revenue.',
    'Subscription revenue represented 93% of total revenue.',
    'Customers with more than $100,000 in ARR grew 16% to 1,362.',
    'We recorded $25 million of restructuring expenses and a $6 million gain.',
    'We exceeded our targets, with 5,000 customers and 3 new regions.',
    'We hired 300 people.',
  ])('no figure: %s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  test('a beaten target is not guidance; a guidance paragraph carries to its sentences', () => {
    expect(figuresOf('We exceeded our revenue target for the quarter, delivering $90 million in revenue.')[0]?.guidance).toBe(false);
    const [figure] = figuresOf('Moving to guidance. Revenue will be $95 million to $97 million.');
    expect(figure).toMatchObject({ metric: 'revenue', guidance: true, low: 95e6, high: 97e6 });
  });

  test('a segment is named and kept out of the headline; approximate figures lose to exact ones', () => {
    const figures = figuresOf(
      'We delivered nearly $1.1 billion in revenue for the quarter.',
      'Communications revenue was $1 billion.',
      'Fourth quarter revenue was $1.076 billion.',
    );
    expect(figures.map((figure) => [figure.segment, figure.approximate])).toEqual([
      [null, true],
      ['Communications', false],
      [null, false],
    ]);
    expect(headlineFigures(figures, { quarter: 4, year: 2024 }).get('revenue|actual|quarter')?.text).toBe('$1.076 billion');
  });

  test('analysts and the operator are not sources', () => {
    const transcript = parseTranscript(
      fileText(
        header('Operator'),
        pair('Your first question comes from the line of Ann Lee with Bay Capital.', '第一個問題來自 Bay Capital 的 Ann Lee。'),
        header('Ann Lee - Analyst'),
        pair('Is revenue of $500 million realistic?', '5 億美元的營收現實嗎?'),
        header('Mina Sato - CFO'),
        pair('Yes. Revenue was $480 million this quarter.', '是的。本季營收為 4.8 億美元。'),
      ),
    );
    expect(metricFigures(transcript).map((figure) => [figure.speaker, figure.text, figure.prepared])).toEqual([
      ['Mina Sato', '$480 million', false],
    ]);
  });
});

describe('places', () => {
  test('turn, paragraph, sentence and the #s number point at the sentence that holds the figure', () => {
    const transcript = callSaying('Thank you. We had a good quarter.', 'Okay. Then the numbers. Gross margin was 70%.');
    const [figure] = metricFigures(transcript);
    expect(figure).toMatchObject({ turn: 1, paragraph: 1, sentence: 2, sentenceInTurn: 5 });
    const english = transcript.turns[1]?.paragraphs[1]?.en ?? '';
    const span = splitEnglishSentences(english)[2];
    expect(english.slice(span?.start, span?.end).trim()).toBe(figure?.quote);
  });

  test('property: every figure quotes its own sentence and its text is in it', () => {
    const words = fc.constantFrom(
      'revenue was',
      'gross margin was',
      'we expect revenue of',
      'free cash flow of',
      'net income was',
      'up',
      'and',
    );
    const amounts = fc.constantFrom('$12 million', '$1.5 billion', '18%', '$3 million to $4 million', '250 basis points');
    fc.assert(
      fc.property(fc.array(fc.tuple(words, amounts), { minLength: 1, maxLength: 6 }), (parts) => {
        const sentence = `${parts.map(([word, amount]) => `${word} ${amount}`).join(', ')}.`;
        const transcript = callSaying(`Okay. ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`);
        for (const figure of metricFigures(transcript)) {
          const english = transcript.turns[figure.turn]?.paragraphs[figure.paragraph]?.en ?? '';
          const span = splitEnglishSentences(english)[figure.sentence];
          expect(english.slice(span?.start, span?.end).trim()).toBe(figure.quote);
          expect(figure.quote).toContain(figure.text);
          expect(figure.value === null).toBe(figure.low !== null && figure.high !== null);
          if (figure.low !== null && figure.high !== null) expect(figure.low).toBeLessThanOrEqual(figure.high);
        }
      }),
    );
  });
});

describe('the demo call and its fixture quarter', () => {
  const q3 = parseTranscript(readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8'));
  const q2 = parseTranscript(readFileSync('test/fixtures/lumen-harbor-q2-2026.txt', 'utf8'));

  test('headline figures of each quarter', () => {
    const heads = (transcript: typeof q2) =>
      Object.fromEntries(
        [...headlineFigures(metricFigures(transcript), callPeriod(transcript))].map(([key, figure]) => [key, figure.text]),
      );
    expect(heads(q3)).toMatchObject({
      'revenue|actual|quarter': '$612 million',
      'gross-margin|actual|quarter': '78.4%',
      'operating-income|actual|quarter': '$129 million',
      'net-expansion|actual|quarter': '116%',
      'revenue|guidance|quarter': '$640 million to $648 million',
      'revenue|guidance|year': '$2.400 billion to $2.408 billion',
    });
    expect(heads(q2)).toMatchObject({
      'revenue|actual|quarter': '$583 million',
      'net-expansion|actual|quarter': '114%',
      'revenue|guidance|quarter': '$600 million to $608 million',
      'revenue|guidance|year': '$2.37 billion to $2.39 billion',
    });
  });

  test('change between quarters: percent for dollars, points for percentages, midpoints for ranges', () => {
    expect(
      figureChange({ value: 612e6, low: null, high: null, unit: 'usd' }, { value: 583e6, low: null, high: null, unit: 'usd' }),
    ).toEqual({
      kind: 'percent',
      value: 5,
    });
    expect(
      figureChange({ value: 116, low: null, high: null, unit: 'percent' }, { value: 114, low: null, high: null, unit: 'percent' }),
    ).toEqual({
      kind: 'points',
      value: 2,
    });
    expect(
      figureChange({ value: null, low: 2.4e9, high: 2.408e9, unit: 'usd' }, { value: null, low: 2.37e9, high: 2.39e9, unit: 'usd' })?.value,
    ).toBe(1);
    expect(figureChange({ value: 1, low: null, high: null, unit: 'usd' }, { value: 1, low: null, high: null, unit: 'percent' })).toBeNull();
  });
});

test('periods as said', () => {
  expect(periodNamed('For Q1, we expect')).toBe('Q1');
  expect(periodNamed('for the full year 2026')).toBe('FY 2026');
  expect(periodNamed('in the medium term')).toBe('long term');
  expect(periodNamed('year-to-date repurchases')).toBe('YTD');
  expect(periodNamed('in the quarter')).toBeNull();
  expect(figureRowKey({ metric: 'revenue', guidance: true, period: 'FY 2026' })).toBe('revenue|guidance|year');
  expect(figureRowKey({ metric: 'revenue', guidance: false, period: null })).toBe('revenue|actual|quarter');
});
