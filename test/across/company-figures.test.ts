import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { callPeriod } from '../../src/core/call-period.ts';
import { metricFigures } from '../../src/core/metric-figures.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { acrossMessages } from '../../src/features/across/messages.ts';
import { chartPoints, chartRow, figureTable, type CallFigures } from '../../src/features/across/utils/company-figures.ts';
import { changeText, rowLabel } from '../../src/features/across/utils/figure-wording.ts';

function call(id: string, path: string): CallFigures {
  const transcript = parseTranscript(readFileSync(path, 'utf8'));
  const period = callPeriod(transcript);
  return { id, label: transcript.meta.period ?? id, quarter: period.quarter, year: period.year, figures: metricFigures(transcript) };
}

const q3 = call('demo', 'public/demo/lumen-harbor-q3-2026.txt');
const q2 = call('q2', 'test/fixtures/lumen-harbor-q2-2026.txt');

test('one row per metric, newest call first, with the change from the older quarter that states it', () => {
  const rows = figureTable([q2, q3]);
  const revenue = rows.find((row) => row.key === 'revenue|actual|quarter');
  expect(revenue?.cells.map((cell) => [cell.callId, cell.figure?.text, cell.change, cell.changeFrom])).toEqual([
    ['demo', '$612 million', { kind: 'percent', value: 5 }, 'Q2 2026'],
    ['q2', '$583 million', null, null],
  ]);
  const retention = rows.find((row) => row.metric === 'net-expansion');
  expect(retention?.cells[0]?.change).toEqual({ kind: 'points', value: 2 });
  // A row only one call states has no change; rows follow the income statement.
  expect(rows.find((row) => row.metric === 'net-income')?.cells.map((cell) => cell.change)).toEqual([null, null]);
  expect(rows.map((row) => row.metric).indexOf('revenue')).toBeLessThan(rows.map((row) => row.metric).indexOf('free-cash-flow'));
});

test('the chart is of revenue when two quarters state it, oldest first', () => {
  const rows = figureTable([q3, q2]);
  const row = chartRow(rows);
  expect(row?.key).toBe('revenue|actual|quarter');
  expect(row && chartPoints(row, [q3, q2]).map((point) => [point.label, point.value])).toEqual([
    ['Q2 2026', 583e6],
    ['Q3 2026', 612e6],
  ]);
  expect(chartRow(figureTable([q3]))).toBeNull();
});

test('rows and changes are worded in both interface languages', () => {
  for (const m of [acrossMessages.en, acrossMessages['zh-Hant']]) {
    expect(rowLabel({ metric: 'operating-income', guidance: true, scope: 'year' }, m)).toContain(m['metric-operating-income']);
  }
  expect(rowLabel({ metric: 'revenue', guidance: true, scope: 'year' }, acrossMessages.en)).toBe('Revenue guidance, year');
  expect(changeText({ kind: 'percent', value: 5 }, 'en', acrossMessages.en)).toBe('+5.0%');
  expect(changeText({ kind: 'points', value: -1.5 }, 'zh-Hant', acrossMessages['zh-Hant'])).toBe('-1.5 個百分點');
});
