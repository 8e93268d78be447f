import { useReducer } from 'react';

/** What the reader hides, and why a filter was just turned off (said in a notice). */
export interface ReaderFilters {
  /** Show only this speaker's turns. */
  speaker: string | null;
  /** Show only the pairs the translation checks flagged. */
  onlyFlagged: boolean;
  /** Filters a jump turned off to reach its target, for the notice; null when none. */
  revealed: { speaker: string | null; onlyFlagged: boolean } | null;
}

export type FilterAction =
  | { type: 'speaker'; name: string | null }
  | { type: 'only-flagged'; on: boolean }
  /** A jump's target is hidden: turn the filters off, and say so. */
  | { type: 'reveal' }
  | { type: 'dismiss' };

export const NO_FILTERS: ReaderFilters = { speaker: null, onlyFlagged: false, revealed: null };

/** The filters as one state: they combine, and a jump that needs it turns them off together, with a notice. */
export function filtersReducer(state: ReaderFilters, action: FilterAction): ReaderFilters {
  switch (action.type) {
    case 'speaker':
      return { ...state, speaker: action.name, revealed: null };
    case 'only-flagged':
      return { ...state, onlyFlagged: action.on, revealed: null };
    case 'reveal':
      if (state.speaker === null && !state.onlyFlagged) return state;
      return { speaker: null, onlyFlagged: false, revealed: { speaker: state.speaker, onlyFlagged: state.onlyFlagged } };
    case 'dismiss':
      return state.revealed ? { ...state, revealed: null } : state;
  }
}

/** The reader's filters (speaker "Only", only flagged pairs). */
export function useReaderFilters() {
  return useReducer(filtersReducer, NO_FILTERS);
}
