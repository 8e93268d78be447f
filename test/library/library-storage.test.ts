import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createStore, type UseStore } from 'idb-keyval';
import { expect, test, vi } from 'vitest';
import { MAX_TRANSCRIPT_BYTES } from '../../src/core/limits.ts';
import { isTranscriptError } from '../../src/core/transcript-model.ts';
import { deleteFromLibrary, restoreToLibrary } from '../../src/features/library/api/delete-transcript.ts';
import { parseSourceUrl } from '../../src/features/library/api/fetch-transcript-url.ts';
import { getLibrary } from '../../src/features/library/api/get-library.ts';
import { getTranscript } from '../../src/features/library/api/get-transcript.ts';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { createLibraryStorage, toStorageError } from '../../src/features/library/api/library-storage.ts';
import { isLibraryError } from '../../src/features/library/library-error.ts';
import { sha256Fallback, sha256Hex } from '../../src/workers/content-hash.ts';

const harbor = readFileSync(new URL('../fixtures/harbor-edge-cases.txt', import.meta.url), 'utf8');

let databases = 0;
/** A storage on its own fresh IndexedDB database, with a clock the test controls. */
function freshStorage(store?: UseStore) {
  databases += 1;
  let time = 1_000_000;
  const clock = { now: () => time, advance: (ms: number) => (time += ms) };
  const storage = createLibraryStorage(store ?? createStore(`duet-test-${databases}-${Math.random()}`, 'calls'), clock.now);
  return { storage, clock };
}

/** Our fixture with its company renamed, so that several distinct calls can be imported. */
function variant(company: string): string {
  return harbor.replaceAll('Quillfeather Robotics', company);
}

function fileOf(text: string, name: string): File {
  return new File([text], name, { type: 'text/plain' });
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
  expect(result.id).toBe(createHash('sha256').update(harbor).digest('hex').slice(0, 16));
  expect(result.summary.sha256).toBe(createHash('sha256').update(harbor).digest('hex'));

  const stored = await storage.getCall(result.id);
  expect(stored?.text).toBe(harbor);
  const reopened = await getTranscript(result.id, storage);
  expect(reopened.transcript).toEqual(result.transcript);
  expect(reopened.saved).toBe(true);
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
  expect(getCall).not.toHaveBeenCalled();
});

test('delete removes the call and undo puts it back exactly as it was', async () => {
  const { storage, clock } = freshStorage();
  const kept = await importTranscript({ kind: 'file', file: fileOf(variant('Kestrel Marine'), 'k.txt') }, { storage, now: clock.now });
  clock.advance(1000);
  const gone = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });

  const removed = await deleteFromLibrary(gone.summary, storage);
  expect((await storage.listCalls()).calls.map((call) => call.id)).toEqual([kept.id]);
  expect(await storage.getCall(gone.id)).toBeUndefined();
  await expect(getTranscript(gone.id, storage)).rejects.toMatchObject({ status: 404 });

  await restoreToLibrary(removed, storage);
  const { calls } = await storage.listCalls();
  expect(calls.map((call) => call.id)).toEqual([gone.id, kept.id]);
  expect(calls[0]).toEqual(gone.summary);
  expect((await storage.getCall(gone.id))?.text).toBe(harbor);
});

test('a full quota is reported in plain words and the call stays open from memory', async () => {
  const real = createStore(`duet-quota-${Math.random()}`, 'calls');
  const quotaFull: UseStore = (mode, callback) =>
    mode === 'readwrite' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : real(mode, callback);
  const { storage, clock } = freshStorage(quotaFull);

  const result = await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  expect(result.saved).toBe(false);
  expect(result.notSaved?.code).toBe('storage-full');
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
  try {
    const storage = createLibraryStorage();
    const result = await importTranscript({ kind: 'text', text: harbor }, { storage });
    expect(result.saved).toBe(false);
    expect(result.notSaved?.code).toBe('storage-unavailable');
    const library = await getLibrary(storage);
    expect(library.storageProblem?.code).toBe('storage-unavailable');
    expect(library.calls.map((call) => call.id)).toEqual([result.id]);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('IndexedDB errors map to plain words', () => {
  expect(toStorageError(new DOMException('x', 'QuotaExceededError')).code).toBe('storage-full');
  expect(toStorageError(new DOMException('x', 'InvalidStateError')).code).toBe('storage-unavailable');
  expect(toStorageError(new Error('boom')).code).toBe('storage-failed');
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

test('bad input fails with the core’s plain message and leaves the library as it was', async () => {
  const { storage, clock } = freshStorage();
  await importTranscript({ kind: 'file', file: fileOf(harbor, 'q.txt') }, { storage, now: clock.now });
  const png = new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'chart.png');
  const failures = await Promise.all(
    [png, fileOf('', 'empty.txt'), fileOf('just a line of text\nand another', 'notes.txt')].map((file) =>
      importTranscript({ kind: 'file', file }, { storage }).catch((error: unknown) => error),
    ),
  );
  expect(failures.map((error) => (isTranscriptError(error) ? error.kind : 'other'))).toEqual(['binary', 'empty', 'not-a-transcript']);
  for (const error of failures) expect((error as Error).message).not.toMatch(/at \w+ \(|\.ts:\d+/);
  expect((await storage.listCalls()).calls).toHaveLength(1);
});

test('?src= accepts only http(s) addresses', () => {
  expect(parseSourceUrl('https://example.com/call.txt').href).toBe('https://example.com/call.txt');
  expect(parseSourceUrl('http://example.com/a b.txt').protocol).toBe('http:');
  for (const bad of ['javascript:alert(1)', 'data:text/plain,hi', 'file:///etc/passwd', 'blob:https://x/y', 'not a url']) {
    const error = (() => {
      try {
        parseSourceUrl(bad);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(isLibraryError(error) && error.code).toBe('bad-url');
  }
});

test('the SHA-256 fallback agrees with the platform', async () => {
  for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), harbor]) {
    const bytes = new TextEncoder().encode(text);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(Buffer.from(sha256Fallback(bytes)).toString('hex')).toBe(expected);
    expect(await sha256Hex(bytes)).toBe(expected);
  }
});
