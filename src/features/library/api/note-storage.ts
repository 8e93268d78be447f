import { mergeNoteTexts, readNoteRecord, type Note, type NoteSaveOutcome, type NoteStore } from '../../../core/note-model.ts';
import { NOTE_CALL_INDEX, NOTES_STORE, requestResult, type LibraryDatabase } from './library-database.ts';
import type { LibraryChange } from './library-sync.ts';

/**
 * Highlights and notes in the library's database (store `notes`, schema 3): one record per note, keyed by its id,
 * looked up by call. Each save is one transaction that reads the stored revision first, so an edit made in another
 * tab since this one read the note is merged, never overwritten. docs/decisions/007.
 */
export function createNoteStorage(database: LibraryDatabase, now: () => number, onChange: (change: LibraryChange) => void): NoteStore {
  return {
    async listNotes(callId?: string) {
      const values = await database.transactStores([NOTES_STORE], 'readonly', (transaction) => {
        const store = transaction.objectStore(NOTES_STORE);
        return requestResult<unknown[]>(callId === undefined ? store.getAll() : store.index(NOTE_CALL_INDEX).getAll(callId));
      });
      const notes: Note[] = [];
      let unreadable = 0;
      for (const value of values) {
        const record = readNoteRecord(value);
        if (record.kind === 'ok') notes.push(record.note);
        else if (record.kind === 'malformed') unreadable += 1;
      }
      return { notes, unreadable };
    },

    async saveNote(note: Note, baseRevision: number | null): Promise<NoteSaveOutcome> {
      const outcome = await database.transactStores([NOTES_STORE], 'readwrite', async (transaction) => {
        const store = transaction.objectStore(NOTES_STORE);
        const existing: unknown = await requestResult<unknown>(store.get(note.id));
        const stored = existing === undefined ? null : readNoteRecord(existing);
        // A newer Duet's record is left as it is.
        if (stored?.kind === 'newer') throw new DOMException('A newer version of Duet wrote this note.', 'VersionError');
        const previous = stored?.kind === 'ok' ? stored.note : null;
        const kept = typeof existing === 'object' && existing !== null ? (existing as Record<string, unknown>) : {};
        const conflict = previous !== null && previous.revision !== (baseRevision ?? 0);
        const text = conflict && previous ? mergeNoteTexts(previous.text, note.text) : note.text;
        const next: Note = {
          ...(kept as Partial<Note>),
          ...note,
          text,
          revision: Math.max(previous?.revision ?? 0, baseRevision ?? 0) + 1,
          createdAt: previous?.createdAt ?? note.createdAt,
          updatedAt: now(),
        };
        store.put(next);
        return { note: next, conflict };
      });
      onChange({ type: 'notes', id: note.callId });
      return outcome;
    },

    async deleteNote(id: string) {
      const callId = await database.transactStores([NOTES_STORE], 'readwrite', async (transaction) => {
        const store = transaction.objectStore(NOTES_STORE);
        const existing = readNoteRecord(await requestResult<unknown>(store.get(id)));
        store.delete(id);
        return existing.kind === 'ok' ? existing.note.callId : null;
      });
      if (callId !== null) onChange({ type: 'notes', id: callId });
    },
  };
}
