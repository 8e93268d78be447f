import { useEffect, useMemo } from 'react';
import { libraryIndex, type LibraryCallInfo, type ReadCallText } from '../api/library-index-client.ts';

/**
 * Keeps the library index in step with the library (mount where the library list is known: the app does it once for
 * every page, after the first paint). `calls` is null while the list is unknown. Calls added are indexed in the
 * worker; calls deleted are dropped from the index.
 */
export function useLibraryIndexSync(calls: readonly LibraryCallInfo[] | null, readText: ReadCallText): void {
  // Only a change of the calls themselves starts a sync (a list refreshed with the same calls does not).
  const signature = useMemo(
    () => (calls ? calls.map((call) => `${call.id}:${call.textId}:${call.company ?? ''}:${call.period ?? ''}`).join('|') : null),
    [calls],
  );
  useEffect(() => {
    if (calls === null || signature === null) return;
    libraryIndex.sync(calls, readText);
    // `calls` is described by `signature`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, readText]);
}
