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
 *   ['transcripts', 'detail', id, 'checks', g]   its checks with a glossary of the reader's own (g names its terms)
 *   ['glossary', 'own']                          the reader's own glossary terms (IndexedDB `duet-glossary`)
 *   ['transcripts', 'detail', id, 'compare', other]  the call compared with another (this quarter against the other)
 *   ['transcripts', 'detail', id, 'figures']     its key figures labelled by metric (company page)
 *   ['transcripts', 'notes']                     every highlight and note of the library
 *   ['transcripts', 'notes', id]                 one call's highlights and notes
 *   ['transcripts', 'storage']                   how much space the library uses
 *   ['transcripts', 'library-search', query, filters, version]   a search over the whole library (index worker)
 */
export const transcriptKeys = {
  all: ['transcripts'] as const,
  list: () => [...transcriptKeys.all, 'list'] as const,
  details: () => [...transcriptKeys.all, 'detail'] as const,
  detail: (id: string) => [...transcriptKeys.details(), id] as const,
  derived: (id: string, name: string) => [...transcriptKeys.detail(id), name] as const,
  checksWith: (id: string, glossary: string) => [...transcriptKeys.derived(id, 'checks'), glossary] as const,
  comparison: (id: string, other: string) => [...transcriptKeys.detail(id), 'compare', other] as const,
  notes: () => [...transcriptKeys.all, 'notes'] as const,
  callNotes: (id: string) => [...transcriptKeys.notes(), id] as const,
  storage: () => [...transcriptKeys.all, 'storage'] as const,
  librarySearch: (query: string, filters: object, version: number) =>
    [...transcriptKeys.all, 'library-search', query, filters, version] as const,
};

/** Keys of the glossary: the reader's own terms. */
export const glossaryKeys = {
  all: ['glossary'] as const,
  own: () => [...glossaryKeys.all, 'own'] as const,
};
