import { useCallback, useEffect, useMemo, useState } from 'react';
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
  type SearchIndex,
  type TextMatch,
} from '../../../core/transcript-search.ts';

/** Most matches highlighted at once; beyond this the counter shows "N+". */
export const MATCH_LIMIT = 5000;

export interface SearchOptions {
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

const fileChinese = new WeakMap<Transcript, ChineseText>();
const indexes = new WeakMap<Transcript, WeakMap<ChineseText, WeakMap<FoldTable, SearchIndex>>>();

/** The folded index of a call as displayed, built once per (call, displayed Chinese, table). */
function searchIndexFor(transcript: Transcript, chinese: ChineseText | null, table: FoldTable): SearchIndex {
  let displayed = chinese;
  if (!displayed) {
    displayed = fileChinese.get(transcript) ?? chineseAsInFile(transcript);
    fileChinese.set(transcript, displayed);
  }
  let byChinese = indexes.get(transcript);
  if (!byChinese) {
    byChinese = new WeakMap();
    indexes.set(transcript, byChinese);
  }
  let byTable = byChinese.get(displayed);
  if (!byTable) {
    byTable = new WeakMap();
    byChinese.set(displayed, byTable);
  }
  let index = byTable.get(table);
  if (!index) {
    index = buildSearchIndex(transcript, displayed, table);
    byTable.set(table, index);
  }
  return index;
}

/**
 * Search over the call as displayed: ignores case, width and Traditional vs Simplified.
 * Matches are derived per turn so only the turns that contain matches re-render.
 */
export function useTranscriptSearch(options: SearchOptions): TranscriptSearch {
  const { transcript, chinese, english, chineseVisible, speaker, startTurn } = options;
  const [query, setQuery] = useState('');
  const [table, setTable] = useState<FoldTable | null>(null);
  const [wantTable, setWantTable] = useState(false);
  // The search runs once typing pauses (a plain debounce, not a deferred render: on a 3 MB call a deferred
  // render can be restarted again and again while the page is busy; a short pause then one render is predictable).
  const [deferredQuery, setDeferredQuery] = useState('');
  const delay = transcript.turns.length > 400 ? 180 : 40;
  useEffect(() => {
    if (query === deferredQuery) return;
    const timer = window.setTimeout(() => setDeferredQuery(query), query.trim() === '' ? 0 : delay);
    return () => window.clearTimeout(timer);
  }, [query, deferredQuery, delay]);

  const hasQuery = query.trim() !== '';
  useEffect(() => {
    if ((!hasQuery && !wantTable) || table) return;
    let cancelled = false;
    loadFoldTable()
      .then((loaded) => {
        if (!cancelled) setTable(loaded);
      })
      .catch(() => {
        // Without the table, search still ignores case and width; only script folding is missing.
      });
    return () => {
      cancelled = true;
    };
  }, [hasQuery, wantTable, table]);

  const activeTable = table ?? BASIC_TABLE;
  const deferredHasQuery = deferredQuery.trim() !== '';

  const folded = foldQuery(deferredQuery, activeTable);
  const searchable = isSearchableQuery(folded);

  const matches = useMemo(() => {
    if (!deferredHasQuery || !searchable) return EMPTY_MATCHES;
    const index = searchIndexFor(transcript, chinese, activeTable);
    const includeTurn = speaker === null ? undefined : (turn: number) => transcript.turns[turn]?.speaker === speaker;
    return searchTranscript(index, folded, { en: english, zh: chineseVisible, includeTurn }, MATCH_LIMIT);
  }, [deferredHasQuery, searchable, transcript, chinese, activeTable, folded, english, chineseVisible, speaker]);

  const byTurn = useMemo(() => (matches.length === 0 ? EMPTY_BY_TURN : matchesByTurn(matches)), [matches]);

  const [selected, setSelected] = useState<{ matches: readonly TextMatch[]; index: number; selection: number }>({
    matches: EMPTY_MATCHES,
    index: -1,
    selection: 0,
  });
  let current = selected.index;
  let selection = selected.selection;
  if (selected.matches !== matches) {
    // A new result set: start at the first match where the reader is, not at the top of the call.
    current = matches.length > 0 ? firstMatchFrom(matches, startTurn) : -1;
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
    preparing: hasQuery && table === null,
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
