import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { LibrarySearchResult } from '../../../core/library-index.ts';
import { libraryIndex, searchKey, type SearchRequest } from '../api/library-index-client.ts';

export interface LibrarySearch {
  /** The latest answer on hand (for this search, or for an earlier one while this one is on its way). */
  result: LibrarySearchResult | null;
  /** The search `result` answers. */
  answered: SearchRequest | null;
  /** True when `result` answers this very search. */
  current: boolean;
}

/**
 * Runs a library search in the index worker whenever the request (or the index `version`) changes. Latest wins: the
 * answer to a search typed over by a newer one is never shown (sequence numbers, not timers).
 */
export function useLibrarySearch(
  request: SearchRequest | null,
  version: number,
): LibrarySearch & { ask: (request: SearchRequest) => void } {
  const key = request ? searchKey(request, version) : null;
  useEffect(() => {
    if (request && key) libraryIndex.search(request, key);
    // `request` is described by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const state = useSyncExternalStore(libraryIndex.subscribeSearch, libraryIndex.searchState, libraryIndex.searchState);
  return {
    result: state.result,
    answered: state.answeredRequest,
    current: key !== null && state.answered === key,
    // Asks at once (from an input handler, before React renders the keystroke); the effect then finds it asked.
    ask: useCallback((next: SearchRequest) => libraryIndex.search(next, searchKey(next, version)), [version]),
  };
}
