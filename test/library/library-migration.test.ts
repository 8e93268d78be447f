import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, test, vi } from 'vitest';
import { getLibrary } from '../../src/features/library/api/get-library.ts';
import { getTranscript } from '../../src/features/library/api/get-transcript.ts';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { LIBRARY_DB_VERSION } from '../../src/features/library/api/library-database.ts';
import { encodeLegacy, encodeUtf16 } from '../support/legacy-encode.ts';
import { freshDatabaseName, freshStorage, openRaw, rawGet, v1Records, writeV1Database } from '../support/library-db.ts';

const harbor = readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8');
const variant = (company: string) => harbor.replaceAll('Quillfeather Robotics', company);

/** The fixture's three calls: a UTF-8 file, a UTF-16 file and pasted text with CRLF endings (ids from their bytes). */
const QUILL = '1c43b99dd308f8ba';
const MARROW = '4c8c13c71ea71820';
const COBALT = '681beb6d4e837fc9';

test('a library written by the previous version (schema 1) opens with every call intact', async () => {
  const name = freshDatabaseName('duet-v1');
  await writeV1Database(name);
  const records = new Map(v1Records());
  const { storage } = freshStorage(name);

  const library = await getLibrary(storage);
  expect(library.storageProblem).toBeNull();
  expect(library).toMatchObject({ unreadable: 0, newer: 0, repaired: 0 });
  // Same ids (links keep working), every field as it was; the demo stays hidden as the person chose.
  expect(library.calls.map((call) => call.id).sort()).toEqual([COBALT, MARROW, QUILL].sort());
  for (const call of library.calls) expect(call).toMatchObject(records.get(`summary:${call.id}`) as object);
  for (const id of [QUILL, MARROW, COBALT]) {
    const opened = await getTranscript(id, storage);
    expect(opened.text).toBe(records.get(`text:${id}`));
    expect(opened.transcript.turns.length).toBe(opened.summary.turns);
    expect(opened.transcript.questions.length).toBe(opened.summary.questions);
  }

  // The database is now at the current schema, and its records are still the old ones (plus the textId).
  const raw = await openRaw(name);
  expect(raw.version).toBe(LIBRARY_DB_VERSION);
  expect([...raw.transaction('calls').objectStore('calls').indexNames]).toContain('textId');
  raw.close();
});

test('after the upgrade, a previously stored call is found by its bytes or by its text: never listed twice', async () => {
  const name = freshDatabaseName('duet-v1');
  await writeV1Database(name);
  const { storage } = freshStorage(name);
  const marrow = variant('Marrow Lane Systems');
  const cobalt = variant('Cobalt Bay Foods');
  const opens = [
    // The exact bytes opened before.
    { file: new File([harbor], 'quill.txt'), id: QUILL },
    { file: new File([encodeUtf16(marrow, 'le') as BlobPart], 'marrow.txt'), id: MARROW },
    { file: new File([cobalt.replaceAll('\n', '\r\n')], 'cobalt.txt'), id: COBALT },
    // The same calls in other encodings and line endings.
    { file: new File([encodeLegacy(harbor, 'big5') as BlobPart], 'quill-big5.txt'), id: QUILL },
    { file: new File([marrow], 'marrow-utf8.txt'), id: MARROW },
    { file: new File([encodeUtf16(cobalt, 'be') as BlobPart], 'cobalt-be.txt'), id: COBALT },
  ];
  for (const { file, id } of opens) {
    const result = await importTranscript({ kind: 'file', file }, { storage });
    expect({ name: file.name, id: result.id, duplicate: result.duplicate }).toEqual({ name: file.name, id, duplicate: true });
  }
  expect((await storage.listCalls()).calls).toHaveLength(3);
  // The pass after opening gave the old records the hash of their text.
  const raw = await openRaw(name);
  expect(await rawGet(raw, `summary:${MARROW}`)).toMatchObject({ id: MARROW, textId: expect.stringMatching(/^[0-9a-f]{16}$/) });
  raw.close();
});

test('a newer Duet opening the library in another tab: this page lets go at once and says reload', async () => {
  const { storage, name } = freshStorage();
  await storage.listCalls();
  expect(storage.connectionState()).toBe('ok');
  const listener = vi.fn();
  storage.subscribeConnection(listener);

  // The newer version's upgrade is not blocked by this page.
  const newer = await openRaw(name, LIBRARY_DB_VERSION + 1);
  expect(newer.version).toBe(LIBRARY_DB_VERSION + 1);
  expect(storage.connectionState()).toBe('outdated');
  expect(listener).toHaveBeenCalled();
  // And this page says so in plain words instead of failing later in odd ways.
  const library = await storage.listCalls();
  expect(library.storageProblem?.kind).toBe('storage-outdated');
  newer.close();
});

test('a page older than the library (VersionError) says reload, not “private browsing”', async () => {
  const name = freshDatabaseName();
  (await openRaw(name, LIBRARY_DB_VERSION + 1, (db) => db.createObjectStore('calls'))).close();
  const { storage } = freshStorage(name);
  const library = await storage.listCalls();
  expect(library.storageProblem?.kind).toBe('storage-outdated');
});

test('an older Duet holding the library open blocks the upgrade: this page says so until it lets go', async () => {
  const name = freshDatabaseName('duet-v1');
  await writeV1Database(name);
  // An old tab (idb-keyval never closes on versionchange).
  const old = await openRaw(name);
  const { storage } = freshStorage(name);
  const listing = storage.listCalls();
  await vi.waitFor(() => expect(storage.connectionState()).toBe('blocked'));
  old.close();
  const library = await listing;
  expect(storage.connectionState()).toBe('ok');
  expect(library.calls).toHaveLength(3);
});

test('a migration that fails leaves the previous database untouched and says so', async () => {
  const name = freshDatabaseName('duet-v1');
  await writeV1Database(name);
  vi.spyOn(IDBObjectStore.prototype, 'createIndex').mockImplementation(() => {
    throw new DOMException('Simulated failure.', 'UnknownError');
  });
  const { storage } = freshStorage(name);
  const library = await storage.listCalls();
  vi.restoreAllMocks();
  expect(library.storageProblem?.kind).toBe('storage-upgrade-failed');
  const raw = await openRaw(name);
  expect(raw.version).toBe(1);
  expect(await rawGet(raw, `summary:${QUILL}`)).toMatchObject({ id: QUILL });
  raw.close();
});
