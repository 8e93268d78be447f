import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { glossaryKeys } from '../../../lib/transcript-keys.ts';
import type { OwnTerm, OwnTermInput } from '../utils/own-terms.ts';
import { deleteOwnTerm, listOwnTerms, saveOwnTerm } from './own-terms-database.ts';

/** The reader's own terms; none where the browser keeps no IndexedDB (the finance glossary still works). */
export function ownTermsQueryOptions() {
  return queryOptions({
    queryKey: glossaryKeys.own(),
    queryFn: async (): Promise<OwnTerm[]> => {
      try {
        return await listOwnTerms();
      } catch {
        return [];
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Adds an own term; the list (and every reader of it) refreshes. */
export function useAddOwnTerm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OwnTermInput) => saveOwnTerm(input),
    onSettled: () => client.invalidateQueries({ queryKey: glossaryKeys.own() }),
  });
}

/** Removes an own term. */
export function useDeleteOwnTerm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteOwnTerm(id),
    onSettled: () => client.invalidateQueries({ queryKey: glossaryKeys.own() }),
  });
}
