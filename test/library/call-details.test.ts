import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import {
  callDetails,
  compareCallPeriods,
  needsDetails,
  readSummaryRecord,
  type CallSummary,
} from '../../src/features/library/api/call-summary.ts';
import { getLibrary } from '../../src/features/library/api/get-library.ts';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { freshStorage } from '../support/library-db.ts';

const q2 = readFileSync(new URL('../fixtures/lumen-harbor-q2-2026.txt', import.meta.url), 'utf8');

function fileOf(text: string, name: string): File {
  return new File([text], name, { type: 'text/plain' });
}

test('an imported call’s summary knows its quarter, year, date, analysts and company speakers', async () => {
  const { storage, clock } = freshStorage();
  const { summary } = await importTranscript({ kind: 'file', file: fileOf(q2, 'q2.txt') }, { storage, now: clock.now });
  expect(summary).toMatchObject({ details: 1, quarter: 2, year: 2026, date: '2026-08-06' });
  expect(summary.analysts?.map((analyst) => [analyst.name, analyst.slug, analyst.firm])).toEqual([
    ['Tom Becker', 'thomas-becker', 'Northgate Partners'],
    ['Priya Natarajan', 'priya-natarajan', 'Kestrel Securities'],
  ]);
  expect(summary.speakers?.map((speaker) => speaker.slug)).toEqual(['marcus-lee', 'dana-whitfield', 'rafael-ortiz']);
});

test('the start-up pass completes summaries written before they had details, once, and keeps every other field', async () => {
  const { storage, clock, changes } = freshStorage();
  const { summary } = await importTranscript({ kind: 'file', file: fileOf(q2, 'q2.txt') }, { storage, now: clock.now });
  // As an older Duet wrote it: no details, and a field of a newer one that must survive.
  const { details, quarter, year, date, analysts, speakers, ...old } = summary;
  expect([details, quarter, year, date, analysts?.length, speakers?.length]).toEqual([1, 2, 2026, '2026-08-06', 2, 3]);
  const stored = await storage.getCall(summary.id);
  await storage.deleteCall(summary.id);
  const restored = await storage.restoreCall({ summary: { ...old, future: 'kept' } as CallSummary, text: stored?.text ?? '' });
  expect(restored.notSaved).toBeNull();
  const before = (await getLibrary(storage)).calls.find((call) => call.id === summary.id);
  expect(before && needsDetails(before)).toBe(true);

  let reads = 0;
  const filled = await storage.fillCallDetails(async (text) => {
    reads += 1;
    return callDetails(parseTranscript(text));
  });
  expect(filled).toBe(1);
  expect(reads).toBe(1);
  expect(changes.at(-1)).toEqual({ type: 'changed' });
  const after = (await getLibrary(storage)).calls.find((call) => call.id === summary.id);
  expect(after).toMatchObject({ quarter: 2, year: 2026, date: '2026-08-06', future: 'kept', openedAt: summary.openedAt });
  // Once per page: a second call does no work.
  expect(await storage.fillCallDetails(async () => Promise.reject(new Error('not again')))).toBe(1);
});

test('damaged details are read as missing (filled again), not as a damaged call', () => {
  const transcript = parseTranscript(q2);
  const record = {
    format: 1,
    id: 'abc',
    sha256: '0',
    source: 'file',
    name: 'x.txt',
    company: 'Lumen Harbor',
    period: 'Q2 2026',
    title: 't',
    encoding: 'utf-8',
    size: 1,
    questions: 2,
    turns: 3,
    notices: 0,
    addedAt: 1,
    openedAt: 1,
    ...callDetails(transcript),
    analysts: 'not a list',
  };
  const read = readSummaryRecord(record, 'abc');
  expect(read.kind).toBe('ok');
  expect(read.kind === 'ok' && needsDetails(read.summary)).toBe(true);
});

test('within a company, the newest period first', () => {
  const call = (id: string, year: number | null, quarter: number | null, openedAt: number) =>
    ({ id, year, quarter, openedAt, addedAt: 0, source: 'file' }) as CallSummary;
  const sorted = [call('a', 2023, 4, 1), call('b', 2022, 4, 9), call('c', 2024, 1, 0), call('d', null, null, 5)].sort(compareCallPeriods);
  expect(sorted.map((summary) => summary.id)).toEqual(['c', 'a', 'b', 'd']);
});
