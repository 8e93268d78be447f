import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { GlossaryTerm } from '../../../core/finance-glossary.ts';
import { glossaryKeys } from '../../../lib/transcript-keys.ts';
import { ownTermsQueryOptions } from '../api/get-own-terms.ts';
import { subscribeOwnTerms } from '../api/own-terms-database.ts';
import { mergedGlossary, ownTermsKey, type OwnTerm } from '../utils/own-terms.ts';

const NONE: readonly OwnTerm[] = [];

export interface ReaderGlossary {
  /** The reader's own terms (empty until read). */
  own: readonly OwnTerm[];
  /** The finance glossary with the own terms first. */
  terms: readonly GlossaryTerm[];
  /** Names the own terms' content; null when there are none (the finance glossary alone). */
  key: string | null;
}

/** The glossary in use: the finance glossary and the reader's own terms, kept in step with the other tabs. */
export function useReaderGlossary(): ReaderGlossary {
  const client = useQueryClient();
  const { data } = useQuery(ownTermsQueryOptions());
  useEffect(() => subscribeOwnTerms(() => void client.invalidateQueries({ queryKey: glossaryKeys.own() })), [client]);
  const own = data ?? NONE;
  return useMemo(() => ({ own, terms: mergedGlossary(own), key: own.length === 0 ? null : ownTermsKey(own) }), [own]);
}
