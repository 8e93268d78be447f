import { queryOptions } from '@tanstack/react-query';
import type { LibraryFilters } from '../../../core/library-index.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { libraryIndex } from './library-index-client.ts';

/** Every matching pair of one call (after "show all"). */
export function callHitsQueryOptions(id: string, query: string, filters: LibraryFilters, version: number) {
  return queryOptions({
    queryKey: [...transcriptKeys.librarySearch(query, filters, version), 'call', id],
    queryFn: () => libraryIndex.callHits(id, query, filters),
    staleTime: Infinity,
  });
}
