import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { loadFoldTable, loadSimplifiedConverter } from '../../src/core/script-convert.ts';
import { foldQuery } from '../../src/core/search-fold.ts';
import {
  buildSearchIndex,
  chineseAsInFile,
  firstMatchFrom,
  matchesByTurn,
  searchTranscript,
  SUMMARY_TURN,
} from '../../src/core/transcript-search.ts';

const transcript = readTranscript(new Uint8Array(readFileSync('test/fixtures/harbor-edge-cases.txt')));
const table = await loadFoldTable();
const index = buildSearchIndex(transcript, chineseAsInFile(transcript), table);

test('search covers the summary and both languages, in reading order', () => {
  const matches = searchTranscript(index, foldQuery('營收', table), { en: true, zh: true });
  expect(matches.length).toBeGreaterThan(1);
  expect(matches[0]?.turn).toBe(SUMMARY_TURN);
  expect(matches.map((match) => match.index)).toEqual(matches.map((_, i) => i));
  const order = matches.map((match) => match.turn * 1000 + match.paragraph);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('the scope limits search to the visible language and speaker', () => {
  const query = foldQuery('Tern 4', table);
  const english = searchTranscript(index, query, { en: true, zh: false });
  const chinese = searchTranscript(index, query, { en: false, zh: true });
  expect(english.every((match) => match.side === 'en')).toBe(true);
  expect(chinese.every((match) => match.side === 'zh')).toBe(true);
  const onlyWalter = searchTranscript(index, foldQuery('cash', table), {
    en: true,
    zh: true,
    includeTurn: (turn) => transcript.turns[turn]?.speaker === 'Walter Nakamura',
  });
  expect(onlyWalter.length).toBeGreaterThan(0);
  expect(onlyWalter.every((match) => transcript.turns[match.turn]?.speaker === 'Walter Nakamura')).toBe(true);
});

test('Simplified display text is found with a Traditional query, at the displayed offsets', async () => {
  const convert = await loadSimplifiedConverter();
  const simplified = {
    summary: transcript.summary.map((line) => convert(line.zh)),
    turns: transcript.turns.map((turn) => turn.paragraphs.map((pair) => (pair.zh === null ? null : convert(pair.zh)))),
  };
  const converted = buildSearchIndex(transcript, simplified, table);
  const matches = searchTranscript(converted, foldQuery('營收', table), { en: false, zh: true });
  expect(matches.length).toBe(searchTranscript(index, foldQuery('營收', table), { en: false, zh: true }).length);
  const first = matches[0];
  expect(first && simplified.summary[first.paragraph]?.slice(first.start, first.end)).toBe('营收');
});

test('matches group by turn and a search starts where the reader is', () => {
  const matches = searchTranscript(index, foldQuery('Imogen', table), { en: true, zh: true });
  const grouped = matchesByTurn(matches);
  expect([...grouped.values()].flat()).toEqual(matches);
  const from = firstMatchFrom(matches, 10);
  expect(matches[from]?.turn).toBeGreaterThanOrEqual(10);
  expect(firstMatchFrom(matches, 10_000)).toBe(0);
});
