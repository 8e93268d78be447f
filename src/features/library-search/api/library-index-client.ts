/**
 * The page's side of the library index: one worker per page (src/workers/library-index-worker.ts), told which calls
 * the library holds and fed, one call at a time, the text of each call it has not indexed yet; searches go to it and
 * come back as data. Nothing here runs on the main thread but posting messages. docs/decisions/008.
 */
import type { LibraryFilters, LibraryHit, LibrarySearchResult } from '../../../core/library-index.ts';
import type {
  LibraryCallInfo,
  LibraryIndexRequest,
  LibraryIndexResponse,
  LibraryIndexStatus,
} from '../../../workers/library-index-protocol.ts';

export type { LibraryCallInfo, LibraryIndexStatus };

/** Reads the stored text of a call (from the library), or null when it is gone. */
export type ReadCallText = (id: string) => Promise<string | null>;

/** Where the index is, as the page shows it. */
export interface IndexProgress extends LibraryIndexStatus {
  /** Calls waiting to be indexed. */
  pending: number;
  /** The worker could not start (search is unavailable in this browser). */
  unavailable: boolean;
}

/** Indexing time of each call added in this page (worker time: parse, index, store), for `npm run perf`. */
export interface AddTiming {
  id: string;
  ms: number;
  indexMs: number;
}

/** A search as the page asks it. */
export interface SearchRequest {
  query: string;
  filters: LibraryFilters;
  callLimit: number;
  hitsPerCall: number;
}

/** The latest search asked and the latest answer: `result` answers `answered` (null before the first answer). */
export interface SearchState {
  asked: string | null;
  askedRequest: SearchRequest | null;
  answered: string | null;
  /** The search `result` answers. */
  answeredRequest: SearchRequest | null;
  result: LibrarySearchResult | null;
  /** The worker's time on the answer, ms. */
  ms: number;
}

/** One string per distinct search (what `SearchState` names searches by). */
export function searchKey(request: SearchRequest, version: number): string {
  return JSON.stringify([request.query, request.filters, request.callLimit, request.hitsPerCall, version]);
}

const INITIAL: IndexProgress = { indexed: 0, total: 0, loading: true, storageProblem: false, pending: 0, unavailable: false };

export function createLibraryIndexClient(makeWorker: () => Worker | null) {
  let worker: Worker | null | undefined;
  let progress: IndexProgress = INITIAL;
  const listeners = new Set<() => void>();
  const waiting = new Map<number, (response: LibraryIndexResponse) => void>();
  const added = new Map<string, () => void>();
  const timings: AddTiming[] = [];
  let seq = 0;
  let generation = 0;
  /** The newest sync's answer feeds the index; an answer to an older sync (still on its way) is dropped. */
  let onMissing: ((ids: string[]) => void) | null = null;
  let latestSync = -1;
  /** Latest wins: only the answer to the newest search (by sequence number) is kept. */
  let latestSearch = -1;
  let searchState: SearchState = { asked: null, askedRequest: null, answered: null, answeredRequest: null, result: null, ms: 0 };
  const searchListeners = new Set<() => void>();
  const setSearch = (next: SearchState) => {
    searchState = next;
    for (const listener of searchListeners) listener();
  };

  const set = (next: Partial<IndexProgress>) => {
    progress = { ...progress, ...next };
    for (const listener of listeners) listener();
  };

  function start(): Worker | null {
    if (worker !== undefined) return worker;
    worker = makeWorker();
    if (!worker) {
      set({ unavailable: true, loading: false });
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<LibraryIndexResponse>) => {
      const response = event.data;
      switch (response.type) {
        case 'status':
          set(response.status);
          return;
        case 'missing':
          if (response.seq === latestSync) onMissing?.(response.ids);
          return;
        case 'added':
          timings.push({ id: response.id, ms: response.ms, indexMs: response.indexMs });
          // For `npm run perf`: the worker's time on each call, readable from the page.
          performance.mark?.('duet:library-indexed', { detail: { id: response.id, ms: response.ms, indexMs: response.indexMs } });
          added.get(response.id)?.();
          return;
        case 'failed-add':
          added.get(response.id)?.();
          return;
        case 'results':
          // An answer to an older search than the latest is dropped (the worker skips most of them anyway).
          if (response.seq !== latestSearch) return;
          // For `npm run perf`: the worker's time on each search.
          performance.mark?.('duet:library-search', { detail: { ms: response.ms } });
          setSearch({
            ...searchState,
            answered: searchState.asked,
            answeredRequest: searchState.askedRequest,
            result: response.result,
            ms: response.ms,
          });
          return;
        default:
          waiting.get(response.seq)?.(response);
          waiting.delete(response.seq);
      }
    });
    worker.addEventListener('error', () => set({ unavailable: true, loading: false }));
    return worker;
  }

  const post = (request: LibraryIndexRequest) => start()?.postMessage(request);

  function ask<T extends LibraryIndexResponse>(build: (seq: number) => LibraryIndexRequest): Promise<T> {
    const current = ++seq;
    return new Promise((resolve, reject) => {
      if (!start()) {
        reject(new Error('The library index is unavailable.'));
        return;
      }
      waiting.set(current, (response) => resolve(response as T));
      post(build(current));
    });
  }

  return {
    /**
     * Tells the index which calls the library holds: calls gone are dropped, calls not indexed are read (one at a
     * time, so that searches are answered in between) and indexed. A newer sync replaces one still feeding.
     */
    sync(calls: readonly LibraryCallInfo[], readText: ReadCallText): void {
      const mine = ++generation;
      onMissing = (ids) => {
        onMissing = null;
        set({ pending: ids.length });
        void (async () => {
          for (const [k, id] of ids.entries()) {
            if (generation !== mine) return;
            const call = calls.find((candidate) => candidate.id === id);
            const text = call ? await readText(id).catch(() => null) : null;
            if (!call || text === null || generation !== mine) {
              set({ pending: ids.length - k - 1 });
              continue;
            }
            await new Promise<void>((resolve) => {
              added.set(id, () => {
                added.delete(id);
                resolve();
              });
              post({ type: 'add', call, text });
            });
            set({ pending: ids.length - k - 1 });
          }
        })();
      };
      latestSync = ++seq;
      post({ type: 'sync', seq: latestSync, calls: [...calls] });
    },

    /**
     * Asks for a search, named `key` (see `searchKey`); its answer replaces the search state, unless a newer search was
     * asked meanwhile: then it is never shown. Asking the search already asked does nothing.
     */
    search(request: SearchRequest, key: string): void {
      if (key === searchState.asked) return;
      if (!start()) return;
      latestSearch = ++seq;
      setSearch({ ...searchState, asked: key, askedRequest: request });
      post({ type: 'search', seq: latestSearch, ...request });
    },

    searchState: () => searchState,
    subscribeSearch(listener: () => void): () => void {
      searchListeners.add(listener);
      return () => searchListeners.delete(listener);
    },

    async callHits(id: string, query: string, filters: LibraryFilters, limit = 200): Promise<LibraryHit[]> {
      const response = await ask<Extract<LibraryIndexResponse, { type: 'call-hits' }>>((current) => ({
        type: 'call-hits',
        seq: current,
        id,
        query,
        filters,
        limit,
      }));
      return response.hits;
    },

    async stats() {
      const response = await ask<Extract<LibraryIndexResponse, { type: 'stats' }>>((current) => ({ type: 'stats', seq: current }));
      return response.stats;
    },

    progress: () => progress,
    timings: () => [...timings],
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LibraryIndexClient = ReturnType<typeof createLibraryIndexClient>;

function startIndexWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../../../workers/library-index-worker.ts', import.meta.url), { type: 'module', name: 'duet-library-index' });
  } catch {
    return null;
  }
}

/** The page's library index. */
export const libraryIndex: LibraryIndexClient = createLibraryIndexClient(startIndexWorker);
