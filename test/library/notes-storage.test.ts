import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import type { Note } from '../../src/core/note-model.ts';
import { getLibrary } from '../../src/features/library/api/get-library.ts';
import { getTranscript } from '../../src/features/library/api/get-transcript.ts';
import { LIBRARY_DB_VERSION } from '../../src/features/library/api/library-database.ts';
import { freshDatabaseName, freshStorage, openRaw, v2Records, writeV2Database } from '../support/library-db.ts';

function note(patch: Partial<Note> = {}): Note {
  return {
    format: 1,
    id: 'n1',
    callId: 'call-a',
    call: { company: 'Fernhollow Metals', period: 'Q2 2026', title: 'Fernhollow Metals Q2 2026' },
    anchor: { turn: 2, paragraph: 0, lang: 'en', start: 4, end: 12, quote: 'revenues', line: 20 },
    speaker: 'Ada Brook',
    color: 'yellow',
    text: '',
    revision: 0,
    createdAt: 1,
    updatedAt: 1,
    ...patch,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

test('a library written with schema 2 opens at schema 3 with every call, text and position intact, and takes notes', async () => {
  const name = freshDatabaseName('duet-v2');
  await writeV2Database(name);
  const records = new Map(v2Records());
  const { storage } = freshStorage(name);

  const library = await getLibrary(storage);
  expect(library.storageProblem).toBeNull();
  expect(library).toMatchObject({ unreadable: 0, newer: 0, repaired: 0 });
  const ids = [...records.keys()].filter((key) => key.startsWith('summary:')).map((key) => key.slice('summary:'.length));
  expect(ids).toHaveLength(3);
  expect(library.calls.map((call) => call.id).sort()).toEqual([...ids].sort());
  for (const call of library.calls) expect(call).toEqual(records.get(`summary:${call.id}`));
  for (const id of ids) {
    const opened = await getTranscript(id, storage);
    expect(opened.text).toBe(records.get(`text:${id}`));
    expect(opened.transcript.turns.length).toBe(opened.summary.turns);
    const stored = records.get(`position:${id}`) as { turn: number; question: number | null; view: string } | undefined;
    expect(await storage.getPosition(id)).toEqual(stored ? { turn: stored.turn, question: stored.question, view: stored.view } : null);
  }
  expect(await storage.getPosition('demo')).toEqual({ turn: 3, question: null, view: 'zh' });

  const raw = await openRaw(name);
  expect(raw.version).toBe(LIBRARY_DB_VERSION);
  expect([...raw.objectStoreNames].sort()).toEqual(['calls', 'notes']);
  // The calls store is untouched: every record is still there as schema 2 wrote it (the future field included).
  const tx = raw.transaction('calls');
  for (const [key, value] of records) {
    const stored: unknown = await new Promise((resolve) => {
      const request = tx.objectStore('calls').get(key);
      request.onsuccess = () => resolve(request.result);
    });
    expect(stored).toEqual(value);
  }
  raw.close();

  const first = ids[0] ?? '';
  await storage.notes.saveNote(note({ callId: first }), null);
  expect((await storage.notes.listNotes(first)).notes).toHaveLength(1);
});

test('notes are listed by call, edited with a revision, and deleted; other tabs are told', async () => {
  const { storage, changes } = freshStorage();
  const saved = await storage.notes.saveNote(note(), null);
  expect(saved).toMatchObject({ conflict: false, note: { revision: 1 } });
  await storage.notes.saveNote(note({ id: 'n2', callId: 'call-b' }), null);
  expect((await storage.notes.listNotes('call-a')).notes.map((n) => n.id)).toEqual(['n1']);
  expect((await storage.notes.listNotes()).notes).toHaveLength(2);

  const edited = await storage.notes.saveNote({ ...saved.note, text: 'Margins first' }, saved.note.revision);
  expect(edited).toMatchObject({ conflict: false, note: { revision: 2, text: 'Margins first' } });
  await storage.notes.deleteNote('n1');
  expect((await storage.notes.listNotes('call-a')).notes).toEqual([]);
  expect(changes).toContainEqual({ type: 'notes', id: 'call-a' });
  expect(changes).toContainEqual({ type: 'notes', id: 'call-b' });
});

test('two tabs editing one note: the later save keeps both texts and says there was a conflict', async () => {
  const name = freshDatabaseName();
  const one = freshStorage(name).storage;
  const two = freshStorage(name).storage;
  const created = (await one.notes.saveNote(note({ text: 'Start' }), null)).note;
  // Both tabs read revision 1.
  const a = await one.notes.saveNote({ ...created, text: 'Start. Tab one adds this.' }, created.revision);
  expect(a.conflict).toBe(false);
  const b = await two.notes.saveNote({ ...created, text: 'Start. Tab two adds that.' }, created.revision);
  expect(b.conflict).toBe(true);
  expect(b.note.text).toContain('Tab one adds this.');
  expect(b.note.text).toContain('Tab two adds that.');
  expect(b.note.revision).toBe(3);
  expect((await one.notes.listNotes()).notes[0]?.text).toBe(b.note.text);
});

test('a note that cannot be written says so, and nothing stored before is lost', async () => {
  const { storage } = freshStorage();
  await storage.notes.saveNote(note({ text: 'kept' }), null);
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  await expect(storage.notes.saveNote(note({ id: 'n2' }), null)).rejects.toMatchObject({ kind: 'storage-full' });
  await expect(storage.notes.saveNote(note({ text: 'changed' }), 1)).rejects.toMatchObject({ kind: 'storage-full' });
  put.mockRestore();
  const { notes } = await storage.notes.listNotes();
  expect(notes.map((n) => [n.id, n.text])).toEqual([['n1', 'kept']]);
});

test('unknown fields of a stored note are kept on edit; damaged and newer records are skipped, not fatal', async () => {
  const { storage, name } = freshStorage();
  await storage.notes.listNotes();
  const raw = await openRaw(name);
  const tx = raw.transaction('notes', 'readwrite');
  tx.objectStore('notes').put({ ...note(), revision: 1, future: { tag: 'x' } });
  tx.objectStore('notes').put({ id: 'broken', callId: 'call-a', format: 1 });
  tx.objectStore('notes').put({ ...note({ id: 'newer' }), format: 2 });
  await new Promise((resolve) => (tx.oncomplete = resolve));
  raw.close();
  const listed = await storage.notes.listNotes('call-a');
  expect(listed.notes.map((n) => n.id)).toEqual(['n1']);
  expect(listed.unreadable).toBe(1);
  const saved = await storage.notes.saveNote({ ...note(), revision: 1, text: 'edited' }, 1);
  expect(saved.note).toMatchObject({ text: 'edited', future: { tag: 'x' } });
  await expect(storage.notes.saveNote(note({ id: 'newer' }), 1)).rejects.toBeTruthy();
});
