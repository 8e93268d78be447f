/**
 * The library index worker: parses each call it is sent, indexes it (src/core/library-index.ts), keeps the index in
 * its own IndexedDB database, and answers searches. Everything runs off the main thread. docs/decisions/008.
 */
import { callDocument, LibraryIndex, LIBRARY_INDEX_FORMAT } from '../core/library-index.ts';
import { parseTranscript } from '../core/parse-transcript.ts';
import { loadFoldTable } from '../core/script-convert.ts';
import type { FoldTable } from '../core/search-fold.ts';
import type { LibraryCallInfo, LibraryIndexRequest, LibraryIndexResponse } from './library-index-protocol.ts';
import { openIndexStore } from './library-index-store.ts';

interface WorkerScope {
  postMessage(message: LibraryIndexResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LibraryIndexRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const store = openIndexStore();
/** The calls the library holds (from the last sync), by id. */
let library = new Map<string, LibraryCallInfo>();
/** textId of each indexed call. */
const indexedText = new Map<string, string>();
let loading = true;

const ready: Promise<LibraryIndex> = (async () => {
  const table: FoldTable = await loadFoldTable().catch(() => new Map());
  const index = new LibraryIndex(table);
  for (const call of await store.loadAll()) {
    index.add(call.document, call.facts, call.folded);
    indexedText.set(call.id, call.textId);
  }
  loading = false;
  return index;
})();

function status(index: LibraryIndex | null): void {
  const indexed = index ? index.ids().filter((id) => library.has(id)).length : 0;
  scope.postMessage({ type: 'status', status: { indexed, total: library.size, loading, storageProblem: !store.working() } });
}

/** Messages are handled one at a time, in order (a search never sees half an add). */
let queue: Promise<void> = Promise.resolve();

async function handle(request: LibraryIndexRequest): Promise<void> {
  const index = await ready;
  switch (request.type) {
    case 'sync': {
      library = new Map(request.calls.map((call) => [call.id, call]));
      const gone = index.ids().filter((id) => !library.has(id));
      for (const id of gone) {
        index.remove(id);
        indexedText.delete(id);
      }
      await store.remove(gone);
      for (const call of request.calls) if (index.has(call.id)) index.updateFacts(call);
      const missing = request.calls.filter((call) => indexedText.get(call.id) !== call.textId).map((call) => call.id);
      status(index);
      scope.postMessage({ type: 'missing', ids: missing });
      return;
    }
    case 'add': {
      const start = performance.now();
      const { call, text } = request;
      try {
        const transcript = parseTranscript(text, { encoding: call.encoding });
        const indexStart = performance.now();
        const document = callDocument(call.id, transcript);
        index.add(document, call);
        const indexMs = performance.now() - indexStart;
        indexedText.set(call.id, call.textId);
        await store.put({
          format: LIBRARY_INDEX_FORMAT,
          id: call.id,
          textId: call.textId,
          facts: { id: call.id, company: call.company, period: call.period, title: call.title },
          document,
          folded: index.foldedTexts(call.id),
        });
        scope.postMessage({ type: 'added', id: call.id, ms: performance.now() - start, indexMs });
      } catch {
        scope.postMessage({ type: 'failed-add', id: call.id });
      }
      status(index);
      return;
    }
    case 'search': {
      const start = performance.now();
      const result = index.search(request.query, {
        filters: request.filters,
        callLimit: request.callLimit,
        hitsPerCall: request.hitsPerCall,
      });
      // Only calls still in the library (a sync may be on its way).
      result.calls = result.calls.filter((call) => library.size === 0 || library.has(call.id));
      scope.postMessage({ type: 'results', seq: request.seq, result, ms: performance.now() - start });
      return;
    }
    case 'call-hits': {
      const hits = index.callHits(request.id, request.query, { filters: request.filters, limit: request.limit });
      scope.postMessage({ type: 'call-hits', seq: request.seq, hits });
      return;
    }
    case 'stats': {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      scope.postMessage({ type: 'stats', seq: request.seq, stats: { ...index.stats(), heapBytes: memory?.usedJSHeapSize ?? null } });
      return;
    }
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  queue = queue.then(() => handle(request)).catch(() => undefined);
});

void ready.then((index) => {
  status(index);
  // For `npm run perf` (read with Playwright's worker.evaluate): what the index holds.
  (globalThis as { duetLibraryIndexStats?: () => unknown }).duetLibraryIndexStats = () => index.stats();
});
