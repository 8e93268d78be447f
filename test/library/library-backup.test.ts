import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Note } from '../../src/core/note-model.ts';
import { exportLibrary, parseBackup, restoreLibrary } from '../../src/features/library/api/library-backup.ts';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import type { Settings } from '../../src/lib/settings.ts';
import { freshStorage } from '../support/library-db.ts';

const harbor = readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8');
const variant = (company: string) => harbor.replaceAll('Quillfeather Robotics', company);
const settings: Settings = { theme: 'dark', uiLanguage: 'zh-Hant', fontScale: 1.2 };

function note(id: string, callId: string, patch: Partial<Note> = {}): Note {
  return {
    format: 1,
    id,
    callId,
    call: { company: 'Fernhollow Metals', period: 'Q2 2026', title: 'Fernhollow Metals Q2 2026' },
    anchor: { turn: 2, paragraph: 0, lang: 'zh', start: 0, end: 4, quote: '謝謝大家', line: 20 },
    speaker: 'Ada Brook',
    color: 'pink',
    text: 'A note',
    revision: 0,
    createdAt: 5,
    updatedAt: 5,
    ...patch,
  };
}

/** A library with two calls (one with a position), a note on each, the demo's position and its hidden flag. */
async function filledLibrary() {
  const made = freshStorage();
  const { storage, clock } = made;
  const a = await importTranscript({ kind: 'file', file: new File([variant('Fernhollow Metals')], 'a.txt') }, { storage, now: clock.now });
  const b = await importTranscript({ kind: 'text', text: variant('Saltmarsh Ferries') }, { storage, now: clock.now });
  await storage.savePosition(a.id, { turn: 7, question: 2, view: 'interleaved' });
  await storage.savePosition('demo', { turn: 3, question: null, view: 'zh' });
  await storage.setDemoHidden(true);
  await storage.notes.saveNote(note('n-a', a.id), null);
  await storage.notes.saveNote(note('n-b', b.id, { color: 'green', text: '' }), null);
  return { ...made, ids: [a.id, b.id] };
}

/** The backup without its date (which is the moment it was made). */
function content(backup: Awaited<ReturnType<typeof exportLibrary>>) {
  return { ...backup, exportedAt: '' };
}

test('backing up and restoring into an empty browser changes nothing', async () => {
  const { storage } = await filledLibrary();
  const backup = await exportLibrary(storage.database, settings);
  expect(backup.calls).toHaveLength(2);
  expect(backup.notes).toHaveLength(2);
  expect(backup.demo).toEqual({ hidden: true, position: { format: 1, turn: 3, question: null, view: 'zh' } });

  const file = JSON.stringify(backup);
  const empty = freshStorage();
  const outcome = await restoreLibrary(empty.storage.database, parseBackup(file), (change) => empty.changes.push(change));
  expect(outcome).toEqual({ callsAdded: 2, callsKept: 0, notesAdded: 2, notesUpdated: 0, skipped: 0 });
  expect(empty.changes).toContainEqual({ type: 'changed' });

  const again = await exportLibrary(empty.storage.database, parseBackup(file).settings);
  expect(content(again)).toEqual(content(backup));
  // And the restored library works as a library: listed, opened, at its place, with its notes.
  const list = await empty.storage.listCalls();
  expect(list.calls.map((call) => call.id).sort()).toEqual(backup.calls.map((call) => call.summary.id).sort());
  const first = backup.calls.find((call) => call.position)?.summary.id as string;
  expect(await empty.storage.getPosition(first)).toEqual({ turn: 7, question: 2, view: 'interleaved' });
  expect((await empty.storage.notes.listNotes(first)).notes).toHaveLength(1);
  expect(await empty.storage.isDemoHidden()).toBe(true);
});

test('restoring into a browser that has some of it merges by content id: no duplicates, newer notes win', async () => {
  const { storage, ids } = await filledLibrary();
  const backup = await exportLibrary(storage.database, settings);

  // The same library, restored into itself: nothing changes.
  expect(await restoreLibrary(storage.database, backup)).toEqual({
    callsAdded: 0,
    callsKept: 2,
    notesAdded: 0,
    notesUpdated: 0,
    skipped: 0,
  });
  expect(content(await exportLibrary(storage.database, settings))).toEqual(content(backup));

  // Another browser holds one of the calls (same text), a newer edit of one note and an older one of the other.
  const other = freshStorage();
  await importTranscript({ kind: 'file', file: new File([variant('Fernhollow Metals')], 'same.txt') }, { storage: other.storage });
  const [first = '', second = ''] = ids;
  const local = (await other.storage.notes.saveNote(note('n-a', first), null)).note;
  await other.storage.notes.saveNote({ ...local, text: 'Edited here, later' }, local.revision);
  const outcome = await restoreLibrary(other.storage.database, backup);
  expect(outcome).toEqual({ callsAdded: 1, callsKept: 1, notesAdded: 1, notesUpdated: 0, skipped: 0 });
  const list = await other.storage.listCalls();
  expect(list.calls.map((call) => call.id).sort()).toEqual([...ids].sort());
  const notes = (await other.storage.notes.listNotes()).notes;
  expect(notes.find((n) => n.id === 'n-a')?.text).toBe('Edited here, later');
  expect(notes.find((n) => n.id === 'n-b')?.callId).toBe(second);
});

test('a file that is not a backup is refused with its reason, and the library is untouched', () => {
  const problem = (text: string) => {
    try {
      parseBackup(text);
      return null;
    } catch (error) {
      return error as { kind: string; values: { problem: string } };
    }
  };
  expect(problem('not json at all')).toMatchObject({ kind: 'backup-invalid', values: { problem: 'not-json' } });
  expect(problem('{"calls":[]}')).toMatchObject({ kind: 'backup-invalid', values: { problem: 'not-backup' } });
  expect(problem('{"format":"duet-library-backup","version":9,"calls":[],"notes":[]}')).toMatchObject({ values: { problem: 'newer' } });
  expect(problem('{"format":"duet-library-backup","version":1,"calls":{}}')).toMatchObject({ values: { problem: 'damaged' } });
});

test('damaged entries of a backup are skipped and counted; the rest is restored', async () => {
  const { storage } = await filledLibrary();
  const backup = await exportLibrary(storage.database, settings);
  const damaged = {
    ...backup,
    calls: [...backup.calls, { summary: { id: 'x' }, text: 3, position: null }],
    notes: [...backup.notes, { id: 'bad' }],
  };
  const empty = freshStorage();
  const outcome = await restoreLibrary(empty.storage.database, parseBackup(JSON.stringify(damaged)));
  expect(outcome).toMatchObject({ callsAdded: 2, notesAdded: 2, skipped: 2 });
});

test('own glossary terms, kept outside the library, go into the backup and come back from it into an empty browser', async () => {
  const { collectBackupParts, restoreBackupParts } = await import('../../src/features/library/api/library-backup.ts');
  const glossary = await import('../../src/features/glossary/api/own-terms-database.ts');
  const { freshDatabaseName } = await import('../support/library-db.ts');
  const before = freshDatabaseName();
  const after = freshDatabaseName();
  const part = (name: string) => ({
    name: 'glossary',
    collect: () => glossary.listOwnTerms(name),
    restore: (items: unknown[]) =>
      glossary.restoreOwnTerms(
        items.map(glossary.readOwnTerm).filter((term) => term !== null),
        name,
      ),
  });
  await glossary.saveOwnTerm(
    { en: 'attach rate', zh: '附加率', note: 'share of customers who buy an add-on', wrong: ['連接率'] },
    before,
    10,
  );
  await glossary.saveOwnTerm({ en: 'take rate', zh: '抽成率', note: '', wrong: [] }, before, 20);

  const { storage } = freshStorage();
  const backup = { ...(await exportLibrary(storage.database, settings)), extras: await collectBackupParts([part(before)]) };
  const read = parseBackup(JSON.stringify(backup));
  expect(read.extras.glossary).toHaveLength(2);

  await restoreBackupParts([part(after)], read.extras);
  expect(await glossary.listOwnTerms(after)).toEqual(await glossary.listOwnTerms(before));
  // A backup without the part (made before own terms existed) leaves the terms alone.
  await restoreBackupParts([part(after)], parseBackup(JSON.stringify({ ...backup, extras: undefined })).extras);
  expect(await glossary.listOwnTerms(after)).toHaveLength(2);
});
