import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { loadFoldTable } from '../../../core/script-convert.ts';
import { foldQuery, isSearchableQuery, type FoldTable } from '../../../core/search-fold.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import {
  buildSearchIndex,
  chineseAsInFile,
  firstMatchFrom,
  matchesByTurn,
  searchTranscript,
  type ChineseText,
  type TextMatch,
} from '../../../core/transcript-search.ts';

/** Most matches highlighted at once; beyond this the counter shows "N+". */
export const MATCH_LIMIT = 5000;

export interface SearchOptions {
  /** The call's id: its search index is kept under the call's key. */
  id: string;
  transcript: Transcript;
  /** The displayed Chinese when converted; null = the file's own text. */
  chinese: ChineseText | null;
  /** Which languages are on screen. */
  english: boolean;
  chineseVisible: boolean;
  /** Only this speaker's turns, when set. */
  speaker: string | null;
  /** The turn being read: a new search starts at the first match from here. */
  startTurn: number;
  /** A search to start with (a link from another page names one). */
  initialQuery?: string;
}

export interface TranscriptSearch {
  query: string;
  setQuery: (query: string) => void;
  /** The query is too short to search (one Latin letter). */
  tooShort: boolean;
  /** The Traditional/Simplified table is still loading (matches may grow when it arrives). */
  preparing: boolean;
  /** The matches are still those of an earlier query (the new one is being searched). */
  pending: boolean;
  matches: readonly TextMatch[];
  byTurn: ReadonlyMap<number, readonly TextMatch[]>;
  /** The current match, or null. */
  current: TextMatch | null;
  /** Changes every time the current match is (re)selected, so the view can scroll to it again. */
  selection: number;
  limited: boolean;
  next: () => void;
  previous: () => void;
  /** Start loading the folding table ahead of the first keystroke. */
  prepare: () => void;
}

const EMPTY_MATCHES: readonly TextMatch[] = [];
const EMPTY_BY_TURN: ReadonlyMap<number, readonly TextMatch[]> = new Map();
const BASIC_TABLE: FoldTable = new Map();

/** The Traditional/Simplified folding table is the same for every call: one query for the whole visit. */
const FOLD_TABLE_KEY = ['search', 'fold-table'] as const;

/**
 * Search over the call as displayed: ignores case, width and Traditional vs Simplified.
 * Matches are derived per turn so only the turns that contain matches re-render.
 */
export function useTranscriptSearch(options: SearchOptions): TranscriptSearch {
  const { id, transcript, chinese, english, chineseVisible, speaker, startTurn, initialQuery = '' } = options;
  const [query, setQuery] = useState(initialQuery);
  const [wantTable, setWantTable] = useState(initialQuery !== '');
  // The search runs once typing pauses (a plain debounce, not a deferred render: on a 3 MB call a deferred
  // render can be restarted again and again while the page is busy; a short pause then one render is predictable).
  const [deferredQuery, setDeferredQuery] = useState(initialQuery);
  const delay = transcript.turns.length > 400 ? 180 : 40;
  useEffect(() => {
    if (query === deferredQuery) return;
    const timer = window.setTimeout(() => setDeferredQuery(query), query.trim() === '' ? 0 : delay);
    return () => window.clearTimeout(timer);
  }, [query, deferredQuery, delay]);

  const hasQuery = query.trim() !== '';
  // Without the table (still loading, or failed), search ignores case and width; only script folding is missing.
  const { data: table } = useQuery({
    queryKey: FOLD_TABLE_KEY,
    queryFn: loadFoldTable,
    enabled: hasQuery || wantTable,
    staleTime: Infinity,
  });

  const activeTable = table ?? BASIC_TABLE;
  const deferredHasQuery = deferredQuery.trim() !== '';

  const folded = foldQuery(deferredQuery, activeTable);
  const searchable = isSearchableQuery(folded);

  // The call's text as displayed, folded once, kept under the call's key for each script and table.
  const { data: index } = useQuery({
    queryKey: [...transcriptKeys.derived(id, 'search'), chinese ? 'hans' : 'hant', table ? 'folded' : 'basic'],
    queryFn: () => buildSearchIndex(transcript, chinese ?? chineseAsInFile(transcript), activeTable),
    enabled: deferredHasQuery,
    staleTime: Infinity,
    // While the index is made again (the folding table arrived, the script changed), the last one answers: the
    // results and the reader's place among them do not blink away in between.
    placeholderData: keepPreviousData,
  });

  const matches = useMemo(() => {
    if (!deferredHasQuery || !searchable || !index) return EMPTY_MATCHES;
    const includeTurn = speaker === null ? undefined : (turn: number) => transcript.turns[turn]?.speaker === speaker;
    return searchTranscript(index, folded, { en: english, zh: chineseVisible, includeTurn }, MATCH_LIMIT);
  }, [deferredHasQuery, searchable, index, transcript, folded, english, chineseVisible, speaker]);

  const byTurn = useMemo(() => (matches.length === 0 ? EMPTY_BY_TURN : matchesByTurn(matches)), [matches]);

  const [selected, setSelected] = useState<{ matches: readonly TextMatch[]; index: number; selection: number }>({
    matches: EMPTY_MATCHES,
    index: -1,
    selection: 0,
  });
  let current = selected.index;
  let selection = selected.selection;
  if (selected.matches !== matches) {
    // A new result set: the match the reader was on, when it is still one (the folding table arrived, the query
    // grew a letter); otherwise the first match where the reader is, not the top of the call.
    const was = selected.matches[selected.index];
    const kept = was
      ? matches.findIndex(
          (match) => match.turn === was.turn && match.paragraph === was.paragraph && match.side === was.side && match.start === was.start,
        )
      : -1;
    current = kept >= 0 ? kept : matches.length > 0 ? firstMatchFrom(matches, startTurn) : -1;
    selection = selected.selection + 1;
    setSelected({ matches, index: current, selection });
  }

  const move = useCallback((step: number) => {
    setSelected((previous) => {
      const count = previous.matches.length;
      if (count === 0) return previous;
      const index = (((previous.index + step) % count) + count) % count;
      return { matches: previous.matches, index, selection: previous.selection + 1 };
    });
  }, []);
  const pending = query !== deferredQuery;
  // Enter while the search is still waiting for the pause: search now, and start at the first match.
  const next = useCallback(() => (pending ? setDeferredQuery(query) : move(1)), [pending, query, move]);
  const previous = useCallback(() => (pending ? setDeferredQuery(query) : move(-1)), [pending, query, move]);
  const prepare = useCallback(() => setWantTable(true), []);

  return {
    query,
    setQuery,
    tooShort: deferredHasQuery && !searchable,
    preparing: hasQuery && (table === undefined || (deferredHasQuery && index === undefined)),
    pending,
    matches,
    byTurn,
    current: current >= 0 ? (matches[current] ?? null) : null,
    selection,
    limited: matches.length >= MATCH_LIMIT,
    next,
    previous,
    prepare,
  };
}
