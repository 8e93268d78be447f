import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import {
  buildRows,
  ROW_HEAD,
  ROW_PAIR,
  ROW_QUESTION,
  ROW_SECTION,
  ROW_TURN,
  rowAt,
  rowOfPair,
  rowOfPlace,
  sectionOfRow,
} from '../../src/features/reader/utils/reader-rows.ts';
import { estimateRowHeight } from '../../src/features/reader/utils/row-size.ts';

const demo = readTranscript(new Uint8Array(readFileSync('public/demo/lumen-harbor-q3-2026.txt')));
const pairs = demo.turns.reduce((sum, turn) => sum + turn.paragraphs.length, 0);

test('the rows of a call: its head, a title per section, a marker per question, a header per turn, a row per pair', () => {
  const table = buildRows(demo);
  const kinds = Array.from(table.kind.subarray(0, table.count));
  expect(kinds[0]).toBe(ROW_HEAD);
  expect(kinds.filter((kind) => kind === ROW_SECTION)).toHaveLength(3);
  expect(table.sections).toEqual(['presentation', 'qa', 'closing']);
  expect(kinds.filter((kind) => kind === ROW_QUESTION)).toHaveLength(demo.questions.length);
  expect(kinds.filter((kind) => kind === ROW_TURN)).toHaveLength(demo.turns.length);
  expect(kinds.filter((kind) => kind === ROW_PAIR)).toHaveLength(pairs);
  // A question's marker comes right before the turn it starts at.
  for (const question of demo.questions) {
    const row = rowOfPlace(table, demo, { kind: 'question', n: question.n }) ?? -1;
    expect(rowAt(table, row)).toMatchObject({ kind: 'question', n: question.n });
    expect(table.kind[row + 1] === ROW_TURN || table.kind[row + 1] === ROW_QUESTION).toBe(true);
  }
  // Every pair is found from its turn and paragraph, and a line from its place.
  demo.turns.forEach((turn, index) =>
    turn.paragraphs.forEach((pair, paragraph) => {
      const row = rowOfPair(table, index, paragraph) ?? -1;
      expect(rowAt(table, row)).toMatchObject({ kind: 'pair', turn: index, paragraph });
      expect(rowOfPlace(table, demo, { kind: 'turn', turn: index, line: pair.line })).toBe(row);
    }),
  );
  expect(sectionOfRow(table, table.count - 1)).toBe(2);
  expect(sectionOfRow(table, 0)).toBe(-1);
});

test('one speaker only: their turns, and the questions they answer, stay; everything else is not there', () => {
  const table = buildRows(demo, { speaker: 'Helen Park', onlyFlagged: false, flagged: new Set(), keep: null });
  const turns = new Set<number>();
  for (let row = 0; row < table.count; row += 1) if (table.kind[row] === ROW_TURN) turns.add(table.turn[row] ?? -1);
  expect([...turns].every((turn) => demo.turns[turn]?.speaker === 'Helen Park')).toBe(true);
  const answered = demo.questions.filter((question) => question.answeredBy.includes('Helen Park')).map((question) => question.n);
  expect([...table.questionRow.keys()]).toEqual(answered);
  // A place of another speaker is hidden: the reader has to show it (or say why not).
  expect(rowOfPlace(table, demo, { kind: 'turn', turn: 1, line: null })).toBeNull();
});

test('only flagged pairs: the flagged pairs and their turns, and the current match wherever it is', () => {
  const flagged = new Set(['5:0']);
  const keep = `${demo.turns.findIndex((turn, index) => index > 5 && turn.paragraphs.length > 1)}:1`;
  const table = buildRows(demo, { speaker: null, onlyFlagged: true, flagged, keep });
  const shown: string[] = [];
  for (let row = 0; row < table.count; row += 1) if (table.kind[row] === ROW_PAIR) shown.push(`${table.turn[row]}:${table.item[row]}`);
  expect(shown).toEqual(['5:0', keep]);
});

test('estimated heights follow the view: two columns are shorter than one column with both languages', () => {
  const table = buildRows(demo);
  const row = rowOfPair(table, 7, 0) ?? 0;
  // Widths as laid out: the side-by-side column is wide, one-language columns are kept to a line length.
  const side = estimateRowHeight(demo, table, row, { width: 1100, fontPx: 16, view: 'side' });
  const interleaved = estimateRowHeight(demo, table, row, { width: 736, fontPx: 16, view: 'interleaved' });
  const english = estimateRowHeight(demo, table, row, { width: 736, fontPx: 16, view: 'en' });
  expect(side).toBeLessThan(interleaved);
  expect(english).toBeLessThan(interleaved);
  expect(estimateRowHeight(demo, table, row, { width: 1100, view: 'side', fontPx: 24 })).toBeGreaterThan(side);
});
