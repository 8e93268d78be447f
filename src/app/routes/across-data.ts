import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Transcript } from '../../core/transcript-model.ts';
import type { AcrossLinks } from '../../features/across/components/company-page.tsx';
import type { CallSummary } from '../../features/library/api/call-summary.ts';
import { libraryQueryOptions } from '../../features/library/api/get-library.ts';
import { transcriptQueryOptions } from '../../features/library/api/get-transcript.ts';
import { placePath } from '../../features/reader/utils/reader-place.ts';

/** Addresses of the reader (its format belongs to the reader feature) and of the pages across calls. */
export const acrossLinks: AcrossLinks = {
  call: (id) => placePath(id, { kind: 'top' }),
  question: (id, n) => placePath(id, { kind: 'question', n }),
  turn: (id, turn) => placePath(id, { kind: 'turn', turn, line: null }),
  sentence: (id, turn, sentence) => placePath(id, { kind: 'turn', turn, line: null, sentence }),
  analyst: (slug) => `/analyst/${encodeURIComponent(slug)}`,
  speaker: (slug) => `/speaker/${encodeURIComponent(slug)}`,
};

/** How a call is named on the pages across calls: its period, else its title. */
export function callLabel(summary: CallSummary): string {
  return summary.period ?? (summary.title.trim() || summary.name);
}

/**
 * The library's calls that `pick` chooses, each parsed from its stored text (only those: a page about one company
 * or one person reads only the calls whose summary names them). Parsed calls are cached under each call's key.
 */
export function useLibraryCalls(pick: (summary: CallSummary) => boolean) {
  const library = useQuery(libraryQueryOptions());
  const chosen = useMemo(() => (library.data?.calls ?? []).filter(pick), [library.data, pick]);
  const results = useQueries({ queries: chosen.map((summary) => transcriptQueryOptions(summary.id)) });
  const transcripts = new Map<string, Transcript>();
  const failed: string[] = [];
  results.forEach((result, index) => {
    const summary = chosen[index];
    if (!summary) return;
    if (result.data) transcripts.set(summary.id, result.data.transcript);
    else if (result.isError) failed.push(callLabel(summary));
  });
  return {
    listed: library.isSuccess,
    calls: chosen,
    transcripts,
    pending: library.isPending || results.some((result) => result.isPending),
    failed,
  };
}
