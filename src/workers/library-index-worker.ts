/**
 * The library index worker: parses each call it is sent, indexes it (src/core/library-index.ts), keeps the index in
 * its own IndexedDB database, and answers searches (library-index-service.ts). Everything runs off the main thread.
 * docs/decisions/008.
 */
import { loadFoldTable } from '../core/script-convert.ts';
import type { FoldTable } from '../core/search-fold.ts';
import type { LibraryIndexRequest, LibraryIndexResponse } from './library-index-protocol.ts';
import { createLibraryIndexService } from './library-index-service.ts';
import { openIndexStore } from './library-index-store.ts';

interface WorkerScope {
  postMessage(message: LibraryIndexResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LibraryIndexRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const service = createLibraryIndexService({
  store: openIndexStore(),
  table: loadFoldTable().catch((): FoldTable => new Map()),
  post: (message) => scope.postMessage(message),
});

scope.addEventListener('message', (event) => service.receive(event.data));

void service.ready.then((index) => {
  // For `npm run perf` (read with Playwright's worker.evaluate): what the index holds.
  (globalThis as { duetLibraryIndexStats?: () => unknown }).duetLibraryIndexStats = () => index.stats();
});
