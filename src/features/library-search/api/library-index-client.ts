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
  let onMissing: ((ids: string[]) => void) | null = null;

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
          onMissing?.(response.ids);
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
      post({ type: 'sync', calls: [...calls] });
    },

    async search(query: string, filters: LibraryFilters, limits = { callLimit: 30, hitsPerCall: 3 }): Promise<LibrarySearchResult> {
      const response = await ask<Extract<LibraryIndexResponse, { type: 'results' }>>((current) => ({
        type: 'search',
        seq: current,
        query,
        filters,
        ...limits,
      }));
      return response.result;
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
