/**
 * Messages between the page and the library index worker (library-index-worker.ts). The page tells the worker which
 * calls the library holds (`sync`) and sends the text of each call the worker says it lacks (`add`); the worker keeps
 * the index in memory and in its own IndexedDB database, and answers searches. docs/decisions/008.
 */
import type { CallFacts, IndexStats, LibraryFilters, LibraryHit, LibrarySearchResult } from '../core/library-index.ts';

/** A call of the library as the worker is told of it. */
export interface LibraryCallInfo extends CallFacts {
  /** Changes when the call's text does (the id of stored calls never changes, but be safe). */
  textId: string;
  encoding: string;
}

export type LibraryIndexRequest =
  | { type: 'sync'; seq: number; calls: LibraryCallInfo[] }
  | { type: 'add'; call: LibraryCallInfo; text: string }
  | { type: 'search'; seq: number; query: string; filters: LibraryFilters; callLimit: number; hitsPerCall: number }
  | { type: 'call-hits'; seq: number; id: string; query: string; filters: LibraryFilters; limit: number }
  | { type: 'stats'; seq: number };

/** Where the index is: calls indexed out of the library's, and whether it is still loading what it stored. */
export interface LibraryIndexStatus {
  indexed: number;
  total: number;
  loading: boolean;
  /** The index could not be kept in IndexedDB (it still works in memory for this visit). */
  storageProblem: boolean;
}

export type LibraryIndexResponse =
  | { type: 'status'; status: LibraryIndexStatus }
  /** After a sync (`seq` names it): the calls whose text the worker needs, in the order to send them. */
  | { type: 'missing'; seq: number; ids: string[] }
  /** A call was indexed: how long the worker spent on it (parse, index, store), ms. */
  | { type: 'added'; id: string; ms: number; indexMs: number }
  | { type: 'failed-add'; id: string }
  | { type: 'results'; seq: number; result: LibrarySearchResult; ms: number }
  | { type: 'call-hits'; seq: number; hits: LibraryHit[] }
  | { type: 'stats'; seq: number; stats: IndexStats & { heapBytes: number | null } };
