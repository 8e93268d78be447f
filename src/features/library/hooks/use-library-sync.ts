import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { subscribeLibraryChanges } from '../api/library-sync.ts';

/**
 * Keeps this tab's library in step with the other tabs (mount once, in the app's providers): any change made
 * elsewhere refreshes the list; a call deleted or saved elsewhere refreshes its "still stored?" query, which the
 * reader's CallGoneNotice shows. The call's parsed text stays in the cache, so an open reader goes on showing it.
 */
export function useLibrarySync(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribeLibraryChanges((change) => {
        // Highlights and notes (of a call, or everything after a restore).
        if (change.type === 'notes' || change.type === 'changed') void queryClient.invalidateQueries({ queryKey: transcriptKeys.notes() });
        if (change.type === 'notes') return;
        void queryClient.invalidateQueries({ queryKey: transcriptKeys.list(), exact: true });
        if (change.type !== 'changed') {
          void queryClient.invalidateQueries({ queryKey: transcriptKeys.derived(change.id, 'stored'), exact: true });
        }
      }),
    [queryClient],
  );
}
