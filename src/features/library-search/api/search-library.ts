import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { LibraryFilters } from '../../../core/library-index.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { libraryIndex } from './library-index-client.ts';

/**
 * A search over the library, answered by the index worker. `version` changes as calls are indexed, so results grow
 * while the index is built; the previous results stay on screen until the new ones arrive.
 */
export function librarySearchQueryOptions(query: string, filters: LibraryFilters, version: number, callLimit = 30) {
  return queryOptions({
    queryKey: [...transcriptKeys.librarySearch(query, filters, version), callLimit],
    queryFn: () => libraryIndex.search(query, filters, { callLimit, hitsPerCall: 3 }),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** Every matching pair of one call (after "show all"). */
export function callHitsQueryOptions(id: string, query: string, filters: LibraryFilters, version: number) {
  return queryOptions({
    queryKey: [...transcriptKeys.librarySearch(query, filters, version), 'call', id],
    queryFn: () => libraryIndex.callHits(id, query, filters),
    staleTime: Infinity,
  });
}
