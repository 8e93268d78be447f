import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readCallIdentity } from '../../src/core/call-meta.ts';
import { callPeriod, parsePeriodLabel, periodLabel, periodRank, readDate } from '../../src/core/call-period.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { DISCLAIMER, fileText, header, pair } from '../support/transcript-text.ts';

function welcome(...english: string[]) {
  return parseTranscript(
    fileText(
      [DISCLAIMER],
      header('Operator'),
      ...english.map((text) => pair(text, '歡迎。')),
      header('Ana Ruiz - CEO'),
      pair('Thank you.', '謝謝。'),
    ),
  );
}

test.each([
  ['Welcome to the Acme Fourth Quarter 2023 Earnings Call.', 4, 2023],
  ['Welcome to the Acme Q2 FY25 earnings call.', 2, 2025],
  ["Welcome to Acme's Q3'24 earnings call.", 3, 2024],
  ['Welcome to the Acme FY26 Q1 results call.', 1, 2026],
  ['Welcome to the Acme fiscal 2026 second quarter earnings webcast.', 2, 2026],
])('quarter and year: %s', (text, quarter, year) => {
  expect(callPeriod(welcome(text))).toMatchObject({ quarter, year });
});

test('the period comes from the opening when the title has none; none found is null', () => {
  expect(callPeriod(welcome('Good afternoon.', 'Today we will discuss our results for the third quarter of 2025.'))).toMatchObject({
    quarter: 3,
    year: 2025,
  });
  expect(callPeriod(welcome('Hello.'))).toEqual({ quarter: null, year: null, date: null });
});

test('the date only where a sentence says it is the call’s own', () => {
  expect(callPeriod(welcome('Welcome to the Acme Q4 2023 earnings call. This call is being recorded on February 14, 2024.')).date).toBe(
    '2024-02-14',
  );
  expect(callPeriod(welcome('Welcome to the Acme Q4 2023 earnings call. Today is 5 March 2024.')).date).toBe('2024-03-05');
  expect(callPeriod(welcome('Welcome to the Acme Q4 2023 earnings call. Our 10-K was filed on February 22, 2024.')).date).toBeNull();
  expect(callPeriod(parseTranscript(readFileSync('test/fixtures/lumen-harbor-q2-2026.txt', 'utf8')))).toEqual({
    quarter: 2,
    year: 2026,
    date: '2026-08-06',
  });
});

test('impossible days are not dates', () => {
  expect(readDate('today, February 30, 2024')).toBeNull();
  expect(readDate('today, Sept. 3rd 2024')).toBe('2024-09-03');
});

test('labels and order: a label reads back; later periods rank higher', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1990, max: 2099 }), (quarter, year) => {
      const label = periodLabel({ quarter, year });
      expect(parsePeriodLabel(label)).toEqual({ quarter, year });
      expect(periodRank({ quarter, year })).toBeLessThan(
        periodRank(quarter === 4 ? { quarter: 1, year: year + 1 } : { quarter: quarter + 1, year }),
      );
    }),
  );
  expect(periodLabel({ quarter: null, year: 2024 })).toBe('2024');
  expect(periodRank({ quarter: null, year: null })).toBe(0);
});

test('call-meta keeps reading four-digit years and now two-digit ones', () => {
  expect(readCallIdentity(['Welcome to the Acme Q4 FY23 Earnings Call.']).period).toBe('Q4 2023');
  expect(readCallIdentity(['Welcome to the Acme Fourth Quarter 2023 Earnings Call.']).period).toBe('Q4 2023');
});
