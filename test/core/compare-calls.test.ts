import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  compareCalls,
  compareFigures,
  compareTopics,
  executiveRole,
  isLaterPeriod,
  nameKey,
  pairPreparedRemarks,
  periodIndex,
  preparedRemarks,
  type PreparedRemarks,
} from '../../src/core/compare-calls.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { DISCLAIMER, fileText, header, pair } from '../support/transcript-text.ts';

/** A fictional company's call: an IR host without a title, the CEO, maybe a CFO, then analysts' questions. */
function northstarCall(options: {
  period: string;
  ceo: string;
  cfo?: string;
  questions: Array<{ analyst: string; firm: string; en: string }>;
}): string {
  const [quarter, year] = options.period.split(' ');
  const quarterWord = { Q1: 'First', Q2: 'Second', Q3: 'Third', Q4: 'Fourth' }[quarter ?? 'Q1'];
  const groups: string[][] = [
    [DISCLAIMER],
    header('Operator'),
    pair(
      `Good day, and welcome to the Northstar Devices ${quarterWord} Quarter ${year} Earnings Conference Call. I will now turn the call over to Ivy Tran, Vice President of Investor Relations.`,
      `您好,歡迎參加北辰設備 ${year} 年財報電話會議。現在我將電話轉給投資人關係副總裁 Ivy Tran。`,
    ),
    header('Ivy Tran'),
    pair('Thank you. With me today is our CEO.', '謝謝。今天和我在一起的是我們的執行長。'),
    header(`${options.ceo} - CEO & Director`),
    pair('Revenue grew 12% this quarter.', '本季營收成長 12%。'),
    pair('Our robotics business had a record quarter.', '我們的機器人業務創下季度紀錄。'),
  ];
  if (options.cfo) groups.push(header(`${options.cfo} - CFO`), pair('Gross margin was 61%.', '毛利率為 61%。'));
  options.questions.forEach((question, index) => {
    groups.push(
      header('Operator'),
      pair(
        `Your ${index === 0 ? 'first' : 'next'} question comes from the line of ${question.analyst} with ${question.firm}.`,
        `您的問題來自 ${question.firm} 的 ${question.analyst}。`,
      ),
      header(`${question.analyst} - Analyst`),
      pair(question.en, '(中文)'),
      header(`${options.ceo} - CEO & Director`),
      pair('Thanks for the question.', '謝謝你的提問。'),
    );
  });
  groups.push(header('Operator'), pair("That concludes today's call. You may now disconnect.", '今天的電話會議到此結束。'));
  return fileText(...groups);
}

const thisQuarter = parseTranscript(
  northstarCall({
    period: 'Q2 2025',
    ceo: 'Ana M. Ruiz',
    cfo: 'Tom Reyes',
    questions: [
      {
        analyst: 'Lee Chang',
        firm: 'Harbor Lane Capital',
        en: 'Ana, how is demand for warehouse robots? And what about tariffs on parts?',
      },
      { analyst: 'Mia Holt', firm: 'Kestrel Securities', en: 'Can you talk about warehouse robots in Europe, and the free cash flow?' },
      { analyst: 'Omar Diaz', firm: 'Fenwick Partners', en: 'On tariffs, is the guidance conservative?' },
    ],
  }),
);
const lastQuarter = parseTranscript(
  northstarCall({
    period: 'Q1 2025',
    ceo: 'Paul Okafor',
    questions: [
      { analyst: 'Lee Chang', firm: 'Harbor Lane Capital', en: 'Paul, tell us about the buyback and the free cash flow.' },
      { analyst: 'Mia Holt', firm: 'Kestrel Securities', en: 'How do you think about the buyback and headcount?' },
    ],
  }),
);

test('a title names the role: CEO, CFO, investor relations; a vice president is not the president', () => {
  expect(executiveRole('Co-Founder, Chairman & CEO')).toBe('ceo');
  expect(executiveRole('Chief Executive Officer')).toBe('ceo');
  expect(executiveRole('CFO')).toBe('cfo');
  expect(executiveRole('COO & Principal Financial Officer')).toBe('cfo');
  expect(executiveRole('Chief Operating Officer')).toBe('coo');
  expect(executiveRole('Senior Vice President of Investor Relations')).toBe('ir');
  expect(executiveRole('President of Revenue')).toBe('president');
  expect(executiveRole('Vice President, Marketing')).toBe('other');
  expect(executiveRole('Chairman')).toBe('chair');
  expect(executiveRole('')).toBe('other');
});

test('names match by first and last word', () => {
  expect(nameKey('Dana K. Whitfield')).toBe('dana whitfield');
  expect(nameKey('Dana Whitfield')).toBe('dana whitfield');
  expect(nameKey('Meta A. Marshall')).toBe(nameKey('Meta Marshall'));
});

test('prepared remarks are the company turns before the Q&A, by speaker, with a title read from the introduction', () => {
  const remarks = preparedRemarks(thisQuarter);
  expect(remarks.map(({ speaker, title, role }) => [speaker, title, role])).toEqual([
    ['Ivy Tran', 'Vice President of Investor Relations', 'ir'],
    ['Ana M. Ruiz', 'CEO & Director', 'ceo'],
    ['Tom Reyes', 'CFO', 'cfo'],
  ]);
  const ceo = remarks[1];
  expect(ceo?.paragraphs.map((paragraph) => paragraph.en)).toEqual([
    'Revenue grew 12% this quarter.',
    'Our robotics business had a record quarter.',
  ]);
  expect(ceo?.paragraphs[1]?.zh).toBe('我們的機器人業務創下季度紀錄。');
  expect(ceo?.words).toBe(12);
  // Every paragraph names its place: the turn holds a pair on that line.
  for (const paragraph of ceo?.paragraphs ?? []) {
    expect(thisQuarter.turns[paragraph.turn]?.paragraphs[paragraph.paragraph]?.line).toBe(paragraph.line);
  }
  // The CEO's answers in the Q&A are not prepared remarks.
  expect(ceo?.turns).toHaveLength(1);
});

test('remarks pair by person, then by role (a new CEO against the old one); whoever is left has a row alone', () => {
  const rows = pairPreparedRemarks(preparedRemarks(thisQuarter), preparedRemarks(lastQuarter));
  expect(rows.map((row) => [row.role, row.matchedBy, row.a?.speaker ?? null, row.b?.speaker ?? null])).toEqual([
    ['ir', 'name', 'Ivy Tran', 'Ivy Tran'],
    ['ceo', 'role', 'Ana M. Ruiz', 'Paul Okafor'],
    ['cfo', null, 'Tom Reyes', null],
  ]);
});

test('the same person in a new role still pairs by name', () => {
  const person = (speaker: string, role: PreparedRemarks['role']): PreparedRemarks => ({
    speaker,
    title: '',
    role,
    turns: [],
    paragraphs: [],
    words: 0,
  });
  const rows = pairPreparedRemarks([person('Khaled Z. Amin', 'ceo')], [person('Khaled Amin', 'coo'), person('Jo Park', 'cfo')]);
  expect(rows.map((row) => [row.matchedBy, row.a?.speaker ?? null, row.b?.speaker ?? null])).toEqual([
    ['name', 'Khaled Z. Amin', 'Khaled Amin'],
    [null, null, 'Jo Park'],
  ]);
});

test('topics: new, gone, asked more; each with the questions and the analyst paragraph where it was asked', () => {
  const topics = compareTopics(thisQuarter, lastQuarter);
  const byTerm = new Map(topics.map((topic) => [topic.term, topic]));
  expect(byTerm.get('tariffs')?.change).toBe('new');
  expect(byTerm.get('tariffs')?.zh).toBe('關稅');
  expect(byTerm.get('tariffs')?.a.places.map((place) => [place.question, place.asker, place.firm])).toEqual([
    [1, 'Lee Chang', 'Harbor Lane Capital'],
    [3, 'Omar Diaz', 'Fenwick Partners'],
  ]);
  expect(byTerm.get('warehouse robots')?.change).toBe('new');
  expect(byTerm.get('warehouse robots')?.a.questions).toBe(2);
  expect(byTerm.get('Europe')?.change).toBe('new');
  expect(byTerm.get('buyback')?.change).toBe('gone');
  expect(byTerm.get('buyback')?.b.questions).toBe(2);
  expect(byTerm.get('headcount')?.change).toBe('gone');
  expect(byTerm.get('free cash flow')?.change).toBe('same');
  // A place is the analyst's own paragraph.
  const place = byTerm.get('Europe')?.a.places[0];
  const turn = thisQuarter.turns[place?.turn ?? -1];
  expect(turn?.role).toBe('analyst');
  expect(turn?.paragraphs[place?.paragraph ?? -1]?.line).toBe(place?.line);
  // Names of people and of the company, and the chatter around a question, are not topics.
  for (const word of ['Ana', 'Paul', 'Northstar', 'demand', 'talk', 'think']) expect(byTerm.has(word)).toBe(false);
  // "robots" alone is asked in the same questions as "warehouse robots": only the longer one is listed.
  expect(byTerm.has('robots')).toBe(false);
  // New first, then gone, then the rest.
  const changes = topics.map((topic) => topic.change);
  expect(changes.indexOf('gone')).toBeGreaterThan(changes.lastIndexOf('new'));
});

test('asked more and fewer count questions, not words', () => {
  const more = parseTranscript(
    northstarCall({
      period: 'Q3 2025',
      ceo: 'Ana M. Ruiz',
      questions: [
        { analyst: 'Lee Chang', firm: 'Harbor Lane Capital', en: 'What is the headcount plan? Headcount, headcount.' },
        { analyst: 'Mia Holt', firm: 'Kestrel Securities', en: 'And headcount in Europe?' },
        { analyst: 'Omar Diaz', firm: 'Fenwick Partners', en: 'Is the buyback done?' },
      ],
    }),
  );
  const topics = compareTopics(more, lastQuarter);
  const byTerm = new Map(topics.map((topic) => [topic.term, topic]));
  expect(byTerm.get('headcount')).toMatchObject({ change: 'more', a: { questions: 2 }, b: { questions: 1 } });
  expect(byTerm.get('buyback')).toMatchObject({ change: 'fewer', a: { questions: 1 }, b: { questions: 2 } });
});

test('periods order quarters; the later call is this quarter', () => {
  expect(periodIndex('Q4 2023')).toBeGreaterThan(periodIndex('Q1 2023') ?? Infinity);
  expect(periodIndex('Q1 2024')).toBeGreaterThan(periodIndex('Q4 2023') ?? Infinity);
  expect(periodIndex(null)).toBeNull();
  expect(periodIndex('FY 2023')).toBeNull();
  expect(isLaterPeriod('Q4 2022', 'Q4 2023')).toBe(true);
  expect(isLaterPeriod('Q4 2023', 'Q4 2022')).toBe(false);
  expect(isLaterPeriod(null, 'Q4 2023')).toBe(false);
});

test('compareCalls puts remarks, figures and topics together', () => {
  const comparison = compareCalls(thisQuarter, lastQuarter);
  expect(comparison.remarks).toHaveLength(3);
  expect(comparison.topics.length).toBeGreaterThan(3);
  expect(comparison.figures.map((row) => row.metric)).toContain('gross-margin');
});

test('key figures of both quarters in one table: the headline of each metric, the change where both state it', () => {
  const rows = compareFigures(thisQuarter, lastQuarter);
  const margin = rows.find((row) => row.key === 'gross-margin|actual|quarter');
  // Only this quarter's CFO stated the gross margin.
  expect(margin?.a?.text).toBe('61%');
  expect(margin?.b).toBeNull();
  expect(margin?.change).toBeNull();
  const growth = rows.find((row) => row.key === 'revenue-growth|actual|quarter');
  expect(growth?.a?.text).toBe('12%');
  expect(growth?.b?.text).toBe('12%');
  expect(growth?.change).toEqual({ kind: 'points', value: 0 });
  // Each figure names the sentence it came from.
  const figure = growth?.a;
  expect(thisQuarter.turns[figure?.turn ?? -1]?.paragraphs[figure?.paragraph ?? -1]?.en).toContain(figure?.text);
});

test('our two Lumen Harbor quarters: revenue, margins and guidance side by side with their change', () => {
  const read = (path: string) => parseTranscript(readFileSync(path, 'utf8'));
  const q3 = read('public/demo/lumen-harbor-q3-2026.txt');
  const q2 = read('test/fixtures/lumen-harbor-q2-2026.txt');
  const rows = new Map(compareFigures(q3, q2).map((row) => [row.key, row]));
  const revenue = rows.get('revenue|actual|quarter');
  expect([revenue?.a?.text, revenue?.b?.text]).toEqual(['$612 million', '$583 million']);
  expect(revenue?.change?.kind).toBe('percent');
  expect(revenue?.change?.value).toBeCloseTo(5, 0);
  const margin = rows.get('operating-margin|actual|quarter');
  expect(margin?.change).toEqual({ kind: 'points', value: 0.7 });
  expect(rows.get('revenue|guidance|year')?.a?.guidance).toBe(true);
  // Rows follow the income statement: revenue before margins, results before guidance.
  const keys = [...rows.keys()];
  expect(keys.indexOf('revenue|actual|quarter')).toBeLessThan(keys.indexOf('revenue|guidance|quarter'));
  expect(keys.indexOf('revenue|guidance|year')).toBeLessThan(keys.indexOf('operating-margin|actual|quarter'));
});

describe('properties', () => {
  const VOCABULARY = ['tariffs', 'buyback', 'Europe', 'warehouse', 'robots', 'margin', 'demand', 'pricing', 'the', 'and', 'Asia', 'churn'];
  const question = fc.record({
    analyst: fc.constantFrom('Lee Chang', 'Mia Holt', 'Omar Diaz', 'Rita Vance'),
    firm: fc.constantFrom('Harbor Lane Capital', 'Kestrel Securities'),
    en: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 8 }).map((words) => `${words.join(' ')}?`),
  });
  const call = (period: string) =>
    fc
      .record({
        ceo: fc.constantFrom('Ana M. Ruiz', 'Paul Okafor'),
        cfo: fc.option(fc.constantFrom('Tom Reyes', 'Jo Park'), { nil: undefined }),
        questions: fc.array(question, { minLength: 0, maxLength: 6 }),
      })
      .map((options) => parseTranscript(northstarCall({ period, ...options })));

  test('every prepared-remarks speaker of both calls is in exactly one row, on its own side', () => {
    fc.assert(
      fc.property(call('Q2 2025'), call('Q1 2025'), (a, b) => {
        const rows = pairPreparedRemarks(preparedRemarks(a), preparedRemarks(b));
        const left = rows.flatMap((row) => (row.a ? [row.a.speaker] : []));
        const right = rows.flatMap((row) => (row.b ? [row.b.speaker] : []));
        expect(left.sort()).toEqual(
          preparedRemarks(a)
            .map((remarks) => remarks.speaker)
            .sort(),
        );
        expect(right.sort()).toEqual(
          preparedRemarks(b)
            .map((remarks) => remarks.speaker)
            .sort(),
        );
        for (const row of rows) expect(row.a !== null || row.b !== null).toBe(true);
      }),
    );
  });

  test("a topic's change agrees with its counts, and every place is an analyst's paragraph of a question that exists", () => {
    fc.assert(
      fc.property(call('Q2 2025'), call('Q1 2025'), (a, b) => {
        for (const topic of compareTopics(a, b)) {
          const { questions: x } = topic.a;
          const { questions: y } = topic.b;
          expect(x + y).toBeGreaterThan(0);
          const expected = y === 0 ? 'new' : x === 0 ? 'gone' : x > y ? 'more' : x < y ? 'fewer' : 'same';
          expect(topic.change).toBe(expected);
          for (const [side, transcript] of [
            [topic.a, a],
            [topic.b, b],
          ] as const) {
            expect(side.places).toHaveLength(side.questions);
            for (const place of side.places) {
              const found = transcript.questions.find((q) => q.n === place.question);
              expect(found?.turns).toContain(place.turn);
              expect(transcript.turns[place.turn]?.role).toBe('analyst');
              const en = transcript.turns[place.turn]?.paragraphs[place.paragraph]?.en ?? '';
              expect(en.toLowerCase()).toContain(topic.term.toLowerCase().split(' ')[0]?.replace(/s$/, ''));
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  test('comparing a call with itself finds nothing new or gone', () => {
    fc.assert(
      fc.property(call('Q2 2025'), (a) => {
        for (const topic of compareTopics(a, a)) expect(topic.change).toBe('same');
      }),
      { numRuns: 40 },
    );
  });
});
