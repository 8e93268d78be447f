import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { NOTE_FORMAT, type HighlightColor, type Note, type NoteAnchor, type NoteCall, type NoteStore } from '../../../core/note-model.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { callNotesQueryOptions } from '../api/notes-queries.ts';

/** What the last write did, for the notice: failed (with the storage error's kind), merged with another tab's edit. */
export type NoteWriteStatus =
  { kind: 'idle' } | { kind: 'failed'; action: 'save' | 'delete'; reason: string } | { kind: 'conflict'; noteId: string };

export interface CallNotes {
  notes: readonly Note[];
  unreadable: number;
  loadFailed: boolean;
  status: NoteWriteStatus;
  dismiss: () => void;
  /** Creates a highlight; resolves with it, or null when it could not be saved (the status says why). */
  create: (anchor: NoteAnchor, speaker: string, color: HighlightColor, text: string) => Promise<Note | null>;
  /** Saves an edit of a note (its text or colour), from the revision it was read at. */
  update: (note: Note, patch: Partial<Pick<Note, 'text' | 'color'>>) => Promise<Note | null>;
  remove: (note: Note) => Promise<boolean>;
}

function reasonOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'kind' in error ? String(error.kind) : 'storage-failed';
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A call's highlights and notes, and the writes on them; nothing is shown as saved before the database says so. */
export function useCallNotes(store: NoteStore, callId: string, call: NoteCall): CallNotes {
  const queryClient = useQueryClient();
  const query = useQuery(callNotesQueryOptions(store, callId));
  const [status, setStatus] = useState<NoteWriteStatus>({ kind: 'idle' });
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: transcriptKeys.notes() }), [queryClient]);

  const write = useCallback(
    async (note: Note, base: number | null): Promise<Note | null> => {
      try {
        const outcome = await store.saveNote(note, base);
        setStatus(outcome.conflict ? { kind: 'conflict', noteId: note.id } : { kind: 'idle' });
        await refresh();
        return outcome.note;
      } catch (error) {
        setStatus({ kind: 'failed', action: 'save', reason: reasonOf(error) });
        return null;
      }
    },
    [store, refresh],
  );

  const create = useCallback(
    (anchor: NoteAnchor, speaker: string, color: HighlightColor, text: string) => {
      const now = Date.now();
      const note: Note = {
        format: NOTE_FORMAT,
        id: newId(),
        callId,
        call,
        anchor,
        speaker,
        color,
        text,
        revision: 0,
        createdAt: now,
        updatedAt: now,
      };
      return write(note, null);
    },
    [callId, call, write],
  );

  const update = useCallback(
    (note: Note, patch: Partial<Pick<Note, 'text' | 'color'>>) => write({ ...note, ...patch }, note.revision),
    [write],
  );

  const remove = useCallback(
    async (note: Note) => {
      try {
        await store.deleteNote(note.id);
        setStatus({ kind: 'idle' });
        await refresh();
        return true;
      } catch (error) {
        setStatus({ kind: 'failed', action: 'delete', reason: reasonOf(error) });
        return false;
      }
    },
    [store, refresh],
  );

  const notes = query.data?.notes;
  return useMemo(
    () => ({
      notes: notes ?? [],
      unreadable: query.data?.unreadable ?? 0,
      loadFailed: query.isError,
      status,
      dismiss: () => setStatus({ kind: 'idle' }),
      create,
      update,
      remove,
    }),
    [notes, query.data?.unreadable, query.isError, status, create, update, remove],
  );
}
