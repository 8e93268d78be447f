import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallSummary } from './call-summary.ts';
import { DEMO_ID } from './demo-call.ts';
import { libraryStorage, type LibraryStorage, type RemovedRecords } from './library-storage.ts';

/** What a delete removed, kept in memory so that it can be undone. */
export type RemovedCall = { kind: 'demo'; summary: CallSummary } | ({ kind: 'stored' } & RemovedRecords);

/** Removes a call (summary, text and reading position, in one transaction; the demo is only hidden) and returns what undo needs. */
export async function deleteFromLibrary(summary: CallSummary, storage: LibraryStorage = libraryStorage): Promise<RemovedCall> {
  if (summary.id === DEMO_ID) {
    await storage.setDemoHidden(true);
    return { kind: 'demo', summary };
  }
  const removed = await storage.deleteCall(summary.id);
  return { kind: 'stored', ...(removed ?? { summary, text: '', positionRecord: undefined }) };
}

/** Puts a removed call back as it was (its position too). */
export async function restoreToLibrary(removed: RemovedCall, storage: LibraryStorage = libraryStorage): Promise<void> {
  if (removed.kind === 'demo') await storage.setDemoHidden(false);
  else if (removed.text !== '') await storage.restoreCall(removed, removed.positionRecord);
}

/** Mutation: delete, then forget the parsed call (and all derived from it) and refresh the list. */
export function useDeleteTranscript() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['delete-transcript'],
    mutationFn: (summary: CallSummary) => deleteFromLibrary(summary),
    onSuccess: async (removed) => {
      if (removed.kind === 'stored') queryClient.removeQueries({ queryKey: transcriptKeys.detail(removed.summary.id) });
      await queryClient.invalidateQueries({ queryKey: transcriptKeys.list(), exact: true });
    },
  });
}

/** Mutation: undo a delete, then refresh the list. */
export function useRestoreTranscript() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['restore-transcript'],
    mutationFn: (removed: RemovedCall) => restoreToLibrary(removed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transcriptKeys.list(), exact: true }),
  });
}
