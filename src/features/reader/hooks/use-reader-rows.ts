import { useMemo } from 'react';
import type { Transcript } from '../../../core/transcript-model.ts';
import type { TextMatch } from '../../../core/transcript-search.ts';
import { buildRows, type RowTable } from '../utils/reader-rows.ts';
import type { ReaderFilters } from './use-reader-filters.ts';

/** The rows the reader shows under its filters; the current search match's pair stays shown whatever they hide. */
export function useReaderRows(
  transcript: Transcript,
  filters: ReaderFilters,
  flagged: ReadonlyMap<string, unknown>,
  currentMatch: TextMatch | null,
): RowTable {
  const keep = filters.onlyFlagged && currentMatch ? `${currentMatch.turn}:${currentMatch.paragraph}` : null;
  const flaggedKeys = useMemo(() => new Set(flagged.keys()), [flagged]);
  return useMemo(
    () => buildRows(transcript, { speaker: filters.speaker, onlyFlagged: filters.onlyFlagged, flagged: flaggedKeys, keep }),
    [transcript, filters.speaker, filters.onlyFlagged, flaggedKeys, keep],
  );
}
