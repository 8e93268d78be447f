import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallSummary } from './call-summary.ts';
import { DEMO_ID } from './demo-call.ts';
import { libraryQueryOptions } from './get-library.ts';
import { libraryStorage, type LibraryStorage, type StoredCall } from './library-storage.ts';

/** What a delete removed, kept in memory so that it can be undone. */
export type RemovedCall = { kind: 'demo'; summary: CallSummary } | { kind: 'stored'; summary: CallSummary; call: StoredCall };

/** Removes a call from the library (the demo is only hidden) and returns what undo needs. */
export async function deleteFromLibrary(summary: CallSummary, storage: LibraryStorage = libraryStorage): Promise<RemovedCall> {
  if (summary.id === DEMO_ID) {
    await storage.setDemoHidden(true);
    return { kind: 'demo', summary };
  }
  const call = await storage.deleteCall(summary.id);
  return { kind: 'stored', summary, call: call ?? { summary, text: '' } };
}

/** Puts a removed call back exactly as it was. */
export async function restoreToLibrary(removed: RemovedCall, storage: LibraryStorage = libraryStorage): Promise<void> {
  if (removed.kind === 'demo') await storage.setDemoHidden(false);
  else if (removed.call.text !== '') await storage.restoreCall(removed.call);
}

/** Mutation: delete, then refresh the list and forget the parsed call. */
export function useDeleteTranscript() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['delete-transcript'],
    mutationFn: (summary: CallSummary) => deleteFromLibrary(summary),
    onSuccess: async (removed) => {
      if (removed.kind === 'stored') queryClient.removeQueries({ queryKey: transcriptKeys.detail(removed.summary.id) });
      await queryClient.invalidateQueries({ queryKey: libraryQueryOptions().queryKey, exact: true });
    },
  });
}

/** Mutation: undo a delete, then refresh the list. */
export function useRestoreTranscript() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['restore-transcript'],
    mutationFn: (removed: RemovedCall) => restoreToLibrary(removed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: libraryQueryOptions().queryKey, exact: true }),
  });
}
