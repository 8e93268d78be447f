/**
 * What the library index worker does, apart from the worker itself (so tests can run it): keeps the index
 * (src/core/library-index.ts) in step with the calls the page says the library holds, in memory and in its own store,
 * and answers searches, the latest first: a search superseded by a newer one before its turn is dropped unanswered.
 * docs/decisions/008.
 */
import { callDocument, LibraryIndex, LIBRARY_INDEX_FORMAT } from '../core/library-index.ts';
import { parseTranscript } from '../core/parse-transcript.ts';
import type { FoldTable } from '../core/search-fold.ts';
import type { LibraryCallInfo, LibraryIndexRequest, LibraryIndexResponse } from './library-index-protocol.ts';
import type { IndexStore } from './library-index-store.ts';

export interface LibraryIndexService {
  /** Takes a message from the page; messages are handled one at a time, in order (a search never sees half an add). */
  receive(request: LibraryIndexRequest): void;
  /** Resolves once every message received so far is handled. */
  settled(): Promise<void>;
  /** The index, once read back from the store. */
  ready: Promise<LibraryIndex>;
}

export function createLibraryIndexService(options: {
  store: IndexStore;
  table: Promise<FoldTable>;
  post: (message: LibraryIndexResponse) => void;
  now?: () => number;
}): LibraryIndexService {
  const { store, post } = options;
  const now = options.now ?? (() => performance.now());
  /** The calls the library holds (from the last sync), by id. */
  let library = new Map<string, LibraryCallInfo>();
  /** textId of each indexed call. */
  const indexedText = new Map<string, string>();
  let loading = true;
  /** The newest search received: older ones still waiting are not answered. */
  let latestSearch = -1;

  const ready: Promise<LibraryIndex> = (async () => {
    const index = new LibraryIndex(await options.table);
    // Stored postings are read, not rebuilt: no tokenizing, no folding.
    for (const call of await store.loadAll()) {
      index.add(call.document, call.facts, call.folded, call.postings);
      indexedText.set(call.id, call.textId);
    }
    loading = false;
    return index;
  })();

  function status(index: LibraryIndex | null): void {
    const indexed = index ? index.ids().filter((id) => library.has(id)).length : 0;
    post({ type: 'status', status: { indexed, total: library.size, loading, storageProblem: !store.working() } });
  }

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
        post({ type: 'missing', seq: request.seq, ids: missing });
        return;
      }
      case 'add': {
        const start = now();
        const { call, text } = request;
        try {
          const transcript = parseTranscript(text, { encoding: call.encoding });
          const indexStart = now();
          const document = callDocument(call.id, transcript);
          const facts = { id: call.id, company: call.company, period: call.period, title: call.title };
          const postings = index.add(document, facts);
          const indexMs = now() - indexStart;
          indexedText.set(call.id, call.textId);
          // Searchable from here on; the store is written after the page is told.
          post({ type: 'added', id: call.id, ms: now() - start, indexMs });
          status(index);
          await store.put({
            format: LIBRARY_INDEX_FORMAT,
            id: call.id,
            textId: call.textId,
            facts,
            document,
            folded: index.foldedTexts(call.id),
            postings,
          });
        } catch {
          post({ type: 'failed-add', id: call.id });
          status(index);
        }
        return;
      }
      case 'search': {
        if (request.seq !== latestSearch) return;
        const start = now();
        const result = index.search(request.query, {
          filters: request.filters,
          callLimit: request.callLimit,
          hitsPerCall: request.hitsPerCall,
        });
        // Only calls still in the library (a sync may be on its way).
        result.calls = result.calls.filter((call) => library.size === 0 || library.has(call.id));
        post({ type: 'results', seq: request.seq, result, ms: now() - start });
        return;
      }
      case 'call-hits': {
        const hits = index.callHits(request.id, request.query, { filters: request.filters, limit: request.limit });
        post({ type: 'call-hits', seq: request.seq, hits });
        return;
      }
      case 'stats': {
        const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        post({ type: 'stats', seq: request.seq, stats: { ...index.stats(), heapBytes: memory?.usedJSHeapSize ?? null } });
        return;
      }
    }
  }

  let queue: Promise<void> = Promise.resolve();
  void ready.then((index) => status(index));
  return {
    ready,
    receive(request) {
      if (request.type === 'search') latestSearch = request.seq;
      queue = queue.then(() => handle(request)).catch(() => undefined);
    },
    settled: () => queue,
  };
}
