import { queryOptions } from '@tanstack/react-query';
import { compareNotes, type NoteStore } from '../../../core/note-model.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';

/** One call's highlights and notes, in reading order. */
export function callNotesQueryOptions(store: NoteStore, callId: string) {
  return queryOptions({
    queryKey: transcriptKeys.callNotes(callId),
    queryFn: async () => {
      const listed = await store.listNotes(callId);
      return { ...listed, notes: listed.notes.sort(compareNotes) };
    },
    staleTime: Infinity,
  });
}

/** Every highlight and note of the library, newest first. */
export function allNotesQueryOptions(store: NoteStore) {
  return queryOptions({
    queryKey: transcriptKeys.notes(),
    queryFn: async () => {
      const listed = await store.listNotes();
      return { ...listed, notes: listed.notes.sort((a, b) => b.updatedAt - a.updatedAt) };
    },
    staleTime: Infinity,
  });
}
