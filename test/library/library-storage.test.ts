import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { MAX_TRANSCRIPT_BYTES } from '../../src/core/limits.ts';
import { isTranscriptError } from '../../src/core/transcript-model.ts';
import { deleteFromLibrary, restoreToLibrary } from '../../src/features/library/api/delete-transcript.ts';
import { parseSourceUrl } from '../../src/features/library/api/fetch-transcript-url.ts';
import { getLibrary } from '../../src/features/library/api/get-library.ts';
import { getTranscript } from '../../src/features/library/api/get-transcript.ts';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { toStorageError } from '../../src/features/library/api/library-database.ts';
import { createLibraryStorage, strays } from '../../src/features/library/api/library-storage.ts';
import { saveReadingPosition } from '../../src/features/library/api/reading-position.ts';
import { isLibraryError } from '../../src/features/library/library-error.ts';
import { sha256Fallback, sha256Hex } from '../../src/workers/content-hash.ts';
import { freshStorage, openRaw, rawGet, rawKeys, writeRaw } from '../support/library-db.ts';

const harbor = readFileSync(new URL('../fixtures/harbor-edge-cases.txt', import.meta.url), 'utf8');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Our fixture with its company renamed, so that several distinct calls can be imported. */
function variant(company: string): string {
  return harbor.replaceAll('Quillfeather Robotics', company);
}

function fileOf(text: string | Uint8Array, name: string): File {
  return new File([text as BlobPart], name, { type: 'text/plain' });
}

/** Node has no localStorage: a small one for the tests that need it. */
function memoryLocalStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

test('import stores a summary next to the text, and the call reads back the same', async () => {
  const { storage, clock } = freshStorage();
  const result = await importTranscript({ kind: 'file', file: fileOf(harbor, 'quill.txt') }, { storage, now: clock.now });
  expect(result.saved).toBe(true);
  expect(result.duplicate).toBe(false);
  expect(result.summary).toMatchObject({
    company: 'Quillfeather Robotics',
    period: 'Q2 2026',
    source: 'file',
    name: 'quill.txt',
    encoding: 'utf-8',
    size: new TextEncoder().encode(harbor).length,
    questions: result.transcript.questions.length,
    openedAt: 1_000_000,
  });
  // A UTF-8 file with LF endings: the text's hash is the bytes' hash.
  expect(result.id).toBe(createHash('sha256').update(harbor).digest('hex').slice(0, 16));
  expect(result.summary.sha256).toBe(createHash('sha256').update(harbor).digest('hex'));
  expect(result.summary.textId).toBe(result.id);

  const stored = await storage.getCall(result.id);
  expect(stored?.text).toBe(harbor);
  const reopened = await getTranscript(result.id, storage);
  expect(reopened.transcript).toEqual(result.transcript);
  expect(reopened.saved).toBe(true);
  expect(reopened.text).toBe(harbor);
  expect(reopened.position).toBeNull();
});

test('the same content opened twice is stored once and moves to the top', async () => {
  const { storage, clock } = freshStorage();
  const first = await importTranscript({ kind: 'file', file: fileOf(harbor, 'a.txt') }, { storage, now: clock.now });
  clock.advance(60_000);
  await importTranscript({ kind: 'file', file: fileOf(variant('Marrow Lane Systems'), 'b.txt') }, { storage, now: clock.now });
  clock.advance(60_000);
  const again = await importTranscript({ kind: 'text', text: harbor }, { storage, now: clock.now });

  expect(again.id).toBe(first.id);
  expect(again.duplicate).toBe(true);
  const { calls } = await storage.listCalls();
  expect(calls.map((call) => call.company)).toEqual(['Quillfeather Robotics', 'Marrow Lane Systems']);
  expect(calls[0]).toMatchObject({ name: 'a.txt', addedAt: 1_000_000, openedAt: 1_120_000 });
});

test('the list is newest first and reads only summary records', async () => {
  const { storage, clock } = freshStorage();
  for (const company of ['Alder Point Freight', 'Brightwater Tools', 'Cobalt Bay Foods']) {
    await importTranscript({ kind: 'file', file: fileOf(variant(company), `${company}.txt`) }, { storage, now: clock.now });
    clock.advance(1000);
  }
  const getCall = vi.spyOn(storage, 'getCall');
  const library = await getLibrary(storage);
  expect(library.calls.map((call) => call.company)).toEqual(['Cobalt Bay Foods', 'Brightwater Tools', 'Alder Point Freight']);
  expect(library.storageProblem).toBeNull();
  expect(library).toMatchObject({ unreadable: 0, newer: 0, repaired: 0 });
  expect(getCall).not.toHaveBeenCalled();
});

test('delete removes the call with its position, and undo puts back exactly what was there', async () => {
  const { storage, clock, name, changes } = freshStorage();
  const kept = await importTranscript({ kind: 'file', file: fileOf(variant('Kestrel Marine'), 'k.txt') }, { storage, now: clock.now });
  clock.advance(1000);
  const gone = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  await saveReadingPosition(gone.id, { turn: 7, question: 2, view: 'interleaved' }, storage);

  const removed = await deleteFromLibrary(gone.summary, storage);
  expect((await storage.listCalls()).calls.map((call) => call.id)).toEqual([kept.id]);
  expect(await storage.getCall(gone.id)).toBeUndefined();
  await expect(getTranscript(gone.id, storage)).rejects.toMatchObject({ name: 'LibraryError', kind: 'not-found' });
  const raw = await openRaw(name);
  expect((await rawKeys(raw)).filter((key) => String(key).endsWith(gone.id))).toEqual([]);
  raw.close();
  expect(changes).toContainEqual({ type: 'deleted', id: gone.id });

  await restoreToLibrary(removed, storage);
  const { calls } = await storage.listCalls();
  expect(calls.map((call) => call.id)).toEqual([gone.id, kept.id]);
  expect(calls[0]).toEqual(gone.summary);
  const back = await getTranscript(gone.id, storage);
  expect(back.text).toBe(harbor);
  expect(back.position).toEqual({ turn: 7, question: 2, view: 'interleaved' });
  expect(changes.at(-1)).toEqual({ type: 'saved', id: gone.id });
});

test('the reading position is read with the text, remembered per call, and reopening resumes it', async () => {
  const { storage, clock } = freshStorage();
  const call = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  await saveReadingPosition(call.id, { turn: 3, question: null, view: 'side' }, storage);
  await saveReadingPosition(call.id, { turn: 11, question: 4, view: 'zh' }, storage);
  expect((await getTranscript(call.id, storage)).position).toEqual({ turn: 11, question: 4, view: 'zh' });
  // Opening the same file again lands where the reader was.
  const again = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  expect(again.position).toEqual({ turn: 11, question: 4, view: 'zh' });
  // The demo's position is kept too (it has no summary record).
  await saveReadingPosition('demo', { turn: 2, question: 1, view: 'en' }, storage);
  expect(await storage.getPosition('demo')).toEqual({ turn: 2, question: 1, view: 'en' });
});

test('saving a position never throws, even without storage', async () => {
  vi.stubGlobal('indexedDB', undefined);
  const storage = createLibraryStorage();
  await expect(saveReadingPosition('abc', { turn: 1, question: null, view: 'side' }, storage)).resolves.toBeUndefined();
});

test('a position an older Duet kept in localStorage is used once, when IndexedDB has none', async () => {
  vi.stubGlobal('localStorage', memoryLocalStorage());
  const { storage, clock } = freshStorage();
  const call = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  localStorage.setItem(`duet:reading:${call.id}`, JSON.stringify({ turn: 9, question: 3, view: 'interleaved' }));
  expect((await getTranscript(call.id, storage)).position).toEqual({ turn: 9, question: 3, view: 'interleaved' });
  // From now on IndexedDB has it, and it wins over whatever the old key says.
  await vi.waitFor(async () => expect(await storage.getPosition(call.id)).toEqual({ turn: 9, question: 3, view: 'interleaved' }));
  localStorage.setItem(`duet:reading:${call.id}`, JSON.stringify({ turn: 1, question: null, view: null }));
  await saveReadingPosition(call.id, { turn: 12, question: 5, view: 'side' }, storage);
  expect((await getTranscript(call.id, storage)).position).toEqual({ turn: 12, question: 5, view: 'side' });
});

test('text, summary and position are written in one transaction: a failed write leaves nothing half-stored', async () => {
  const { storage, clock, name } = freshStorage();
  const kept = await importTranscript({ kind: 'file', file: fileOf(variant('Kestrel Marine'), 'k.txt') }, { storage, now: clock.now });
  // The second put of the import (the summary, after the text) fails: the text must not stay behind.
  const put = IDBObjectStore.prototype.put;
  let puts = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    puts += 1;
    if (puts === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
  const result = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  vi.restoreAllMocks();
  expect(result.notSaved?.kind).toBe('storage-full');
  const raw = await openRaw(name);
  const keys = (await rawKeys(raw)).map(String).sort();
  raw.close();
  expect(keys).toEqual([`summary:${kept.id}`, `text:${kept.id}`]);
});

test('opening a call in one tab while another deletes it never leaves a summary without its text', async () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const halfStored: number[] = [];
  // The other tab's delete starts first; this tab opens the same call a little later (each interleaving in turn).
  for (let delay = 0; delay < 30; delay += 1) {
    const { storage: first, clock, name } = freshStorage();
    const { storage: second } = freshStorage(name);
    const call = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage: first, now: clock.now });
    const deleted = second.deleteCall(call.id);
    for (let step = 0; step < delay; step += 1) await tick();
    const reopened = first.saveCall({ summary: call.summary, text: harbor });
    await Promise.all([deleted, reopened]);
    const raw = await openRaw(name);
    const keys = (await rawKeys(raw)).map(String);
    raw.close();
    if (keys.some((key) => key.startsWith('summary:') && !keys.includes(`text:${key.slice('summary:'.length)}`))) halfStored.push(delay);
    // Whichever came last, the library lists only calls it can open.
    for (const listed of (await first.listCalls()).calls) await expect(getTranscript(listed.id, first)).resolves.toBeDefined();
  }
  expect(halfStored).toEqual([]);
});

test('a summary without its text (left by an older Duet) is removed at start-up; the rest is listed', async () => {
  const { storage, clock, name } = freshStorage();
  const good = await importTranscript({ kind: 'file', file: fileOf(variant('Kestrel Marine'), 'k.txt') }, { storage, now: clock.now });
  storage.close();
  // As the old race left it: the summary written back after another tab deleted summary and text.
  const raw = await openRaw(name);
  const orphan = { ...good.summary, id: 'aaaaaaaaaaaaaaaa', textId: 'aaaaaaaaaaaaaaaa', company: 'Orphan Ltd' };
  await writeRaw(raw, [
    ['summary:aaaaaaaaaaaaaaaa', orphan],
    ['position:aaaaaaaaaaaaaaaa', { format: 1, turn: 2, question: null, view: 'side' }],
  ]);
  raw.close();

  const { storage: next } = freshStorage(name);
  const library = await getLibrary(next);
  expect(library.calls.map((call) => call.company)).toContain('Kestrel Marine');
  expect(library.calls.map((call) => call.company)).not.toContain('Orphan Ltd');
  expect(library.repaired).toBe(1);
  const check = await openRaw(name);
  expect(await rawGet(check, 'summary:aaaaaaaaaaaaaaaa')).toBeUndefined();
  expect(await rawGet(check, 'position:aaaaaaaaaaaaaaaa')).toBeUndefined();
  check.close();
});

test('a damaged record is skipped and counted, a newer one left untouched and counted; the rest is listed', async () => {
  const { storage, clock, name } = freshStorage();
  const good = await importTranscript({ kind: 'file', file: fileOf(variant('Kestrel Marine'), 'k.txt') }, { storage, now: clock.now });
  storage.close();
  const newer = { ...good.summary, id: 'bbbbbbbbbbbbbbbb', format: 2, company: 'Future Co', colour: 'teal' };
  const raw = await openRaw(name);
  await writeRaw(raw, [
    ['summary:cccccccccccccccc', { format: 1, id: 'cccccccccccccccc', title: 42 }],
    ['text:cccccccccccccccc', 'whatever'],
    ['summary:dddddddddddddddd', 'not an object'],
    ['text:dddddddddddddddd', 'whatever'],
    ['summary:bbbbbbbbbbbbbbbb', newer],
    ['text:bbbbbbbbbbbbbbbb', harbor],
  ]);
  raw.close();

  const { storage: next } = freshStorage(name);
  const library = await getLibrary(next);
  expect(library.storageProblem).toBeNull();
  expect(library.calls.map((call) => call.id)).toEqual([good.id]);
  expect(library).toMatchObject({ unreadable: 2, newer: 1 });
  await expect(getTranscript('cccccccccccccccc', next)).rejects.toMatchObject({ kind: 'record-unreadable' });
  await expect(getTranscript('bbbbbbbbbbbbbbbb', next)).rejects.toMatchObject({ kind: 'record-newer' });
  const check = await openRaw(name);
  expect(await rawGet(check, 'summary:bbbbbbbbbbbbbbbb')).toEqual(newer);
  check.close();
});

test('fields this version does not know are kept when it writes a record (merge on write)', async () => {
  const { storage, clock, name } = freshStorage();
  const call = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  await saveReadingPosition(call.id, { turn: 1, question: null, view: 'side' }, storage);
  storage.close();
  // A newer Duet added fields to both records.
  const raw = await openRaw(name);
  await writeRaw(raw, [
    [`summary:${call.id}`, { ...call.summary, tags: ['watchlist'], notes: 3 }],
    [`position:${call.id}`, { format: 1, turn: 1, question: null, view: 'side', scrollFraction: 0.4 }],
  ]);
  raw.close();

  const { storage: older, clock: later } = freshStorage(name);
  later.advance(5_000_000);
  const again = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage: older, now: later.now });
  expect(again.duplicate).toBe(true);
  await saveReadingPosition(call.id, { turn: 6, question: 2, view: 'en' }, older);
  const check = await openRaw(name);
  expect(await rawGet(check, `summary:${call.id}`)).toMatchObject({ tags: ['watchlist'], notes: 3, openedAt: 6_000_000 });
  expect(await rawGet(check, `position:${call.id}`)).toEqual({ format: 1, turn: 6, question: 2, view: 'en', scrollFraction: 0.4 });
  check.close();
});

test('a call stored by a newer Duet is never overwritten by opening its file here', async () => {
  const { storage, clock, name } = freshStorage();
  const call = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  storage.close();
  const newer = { ...call.summary, format: 2, colour: 'teal' };
  const raw = await openRaw(name);
  await writeRaw(raw, [[`summary:${call.id}`, newer]]);
  raw.close();
  const { storage: older } = freshStorage(name);
  const result = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage: older });
  expect(result.notSaved?.kind).toBe('record-newer');
  const check = await openRaw(name);
  expect(await rawGet(check, `summary:${call.id}`)).toEqual(newer);
  check.close();
});

test('a full quota is reported in plain words and the call stays open from memory', async () => {
  const { storage, clock } = freshStorage();
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  const result = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  vi.restoreAllMocks();
  expect(result.saved).toBe(false);
  expect(result.notSaved?.kind).toBe('storage-full');
  expect(result.notSaved?.message).toMatch(/storage for Duet is full/);
  expect(result.notSaved?.message).not.toMatch(/DOMException|QuotaExceeded/);

  const listed = await storage.listCalls();
  expect(listed.calls.map((call) => call.id)).toEqual([result.id]);
  expect(listed.unsavedIds).toEqual([result.id]);
  const reopened = await getTranscript(result.id, storage);
  expect(reopened.saved).toBe(false);
  expect(reopened.transcript.meta.company).toBe('Quillfeather Robotics');
});

test('without IndexedDB (private mode) the call opens in memory and the library says why', async () => {
  vi.stubGlobal('indexedDB', undefined);
  const storage = createLibraryStorage();
  const result = await importTranscript({ kind: 'text', text: harbor }, { storage });
  expect(result.saved).toBe(false);
  expect(result.notSaved?.kind).toBe('storage-unavailable');
  const library = await getLibrary(storage);
  expect(library.storageProblem?.kind).toBe('storage-unavailable');
  expect(library.calls.map((call) => call.id)).toEqual([result.id]);
});

test('IndexedDB errors map to plain words', () => {
  expect(toStorageError(new DOMException('x', 'QuotaExceededError')).kind).toBe('storage-full');
  expect(toStorageError(new DOMException('x', 'InvalidStateError')).kind).toBe('storage-unavailable');
  expect(toStorageError(new DOMException('x', 'VersionError')).kind).toBe('storage-outdated');
  expect(toStorageError(new Error('boom')).kind).toBe('storage-failed');
  expect(toStorageError(new Error('boom')).message).not.toMatch(/boom/);
});

test('files above the limit are refused before a byte is read', async () => {
  const { storage } = freshStorage();
  const arrayBuffer = vi.fn();
  const huge = Object.assign(new File(['x'], 'huge.txt'), { arrayBuffer });
  Object.defineProperty(huge, 'size', { value: MAX_TRANSCRIPT_BYTES + 1 });
  const failure = await importTranscript({ kind: 'file', file: huge }, { storage }).catch((error: unknown) => error);
  expect(isTranscriptError(failure) && failure.kind).toBe('too-large');
  expect(String((failure as Error).message)).toMatch(/up to 50 MB/);
  expect(arrayBuffer).not.toHaveBeenCalled();
});

test('bad input fails with the core’s refusal (and what to word it from) and leaves the library as it was', async () => {
  const { storage, clock } = freshStorage();
  await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  const png = new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'chart.png');
  const failures = await Promise.all(
    [png, fileOf('', 'empty.txt'), fileOf('just a line of text\nand another', 'notes.txt')].map((file) =>
      importTranscript({ kind: 'file', file }, { storage }).catch((error: unknown) => error),
    ),
  );
  expect(failures.map((error) => (isTranscriptError(error) ? error.kind : 'other'))).toEqual(['binary', 'empty', 'not-a-transcript']);
  expect(failures[0]).toMatchObject({ values: { format: 'png' } });
  for (const error of failures) expect((error as Error).message).not.toMatch(/at \w+ \(|\.ts:\d+/);
  expect((await storage.listCalls()).calls).toHaveLength(1);
});

test('?src= accepts https addresses, and http only on Duet’s own site', () => {
  expect(parseSourceUrl('https://example.com/call.txt').href).toBe('https://example.com/call.txt');
  for (const bad of ['javascript:alert(1)', 'data:text/plain,hi', 'file:///etc/passwd', 'blob:https://x/y', 'not a url']) {
    const error = (() => {
      try {
        parseSourceUrl(bad);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(isLibraryError(error) && error.kind).toBe('bad-url');
  }
  expect(() => parseSourceUrl('http://example.com/a b.txt')).toThrow(expect.objectContaining({ kind: 'insecure-url' }));
});

test('the SHA-256 fallback agrees with the platform', async () => {
  for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), harbor]) {
    const bytes = new TextEncoder().encode(text);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(Buffer.from(sha256Fallback(bytes)).toString('hex')).toBe(expected);
    expect(await sha256Hex(bytes)).toBe(expected);
  }
});

test('the start-up pass writes only when the keys show something to remove', () => {
  expect(strays(['summary:a', 'text:a', 'position:a', 'position:demo'])).toBe(false);
  expect(strays(['summary:a', 'text:a', 'summary:b'])).toBe(true);
  expect(strays(['summary:a', 'text:a', 'position:b'])).toBe(true);
  expect(strays(['text:c', 'notes:x'])).toBe(false);
});
