/**
 * Every TanStack Query key of the app, by hierarchy (TanStack's "effective query keys"): the library list, one
 * call, and the data derived from one call under that call's key, so that forgetting a call forgets all of it.
 *
 *   ['transcripts']                              everything
 *   ['transcripts', 'list']                      the library list
 *   ['transcripts', 'detail', id]                one call, parsed
 *   ['transcripts', 'detail', id, 'checks']      its translation checks and key figures
 *   ['transcripts', 'detail', id, 'simplified']  its Chinese in Simplified characters
 *   ['transcripts', 'detail', id, 'search']      its search index
 *   ['transcripts', 'library-search', query, filters, version]   a search over the whole library (index worker)
 */
export const transcriptKeys = {
  all: ['transcripts'] as const,
  list: () => [...transcriptKeys.all, 'list'] as const,
  details: () => [...transcriptKeys.all, 'detail'] as const,
  detail: (id: string) => [...transcriptKeys.details(), id] as const,
  derived: (id: string, name: string) => [...transcriptKeys.detail(id), name] as const,
  librarySearch: (query: string, filters: object, version: number) =>
    [...transcriptKeys.all, 'library-search', query, filters, version] as const,
};
