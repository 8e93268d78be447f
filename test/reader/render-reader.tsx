import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { ReaderRoute } from '../../src/app/routes/reader-route.tsx';
import { readTranscript } from '../../src/core/read-transcript.ts';
import type { Transcript } from '../../src/core/transcript-model.ts';
import { summarizeCall } from '../../src/features/library/api/call-summary.ts';
import type { OpenedTranscript } from '../../src/features/library/api/get-transcript.ts';
import { transcriptKeys } from '../../src/lib/transcript-keys.ts';

/** The edge-case fixture (our own text): a summary, five questions (one by a stand-in), one missing translation. */
export function edgeCaseCall(): Transcript {
  return readTranscript(new Uint8Array(readFileSync('test/fixtures/harbor-edge-cases.txt')));
}

/**
 * Renders the reader route for one call at `path`, with the call already in a fresh query cache.
 * jsdom has no layout: rows are given one (see giveRowsALayout) so that the whole of a small call is rendered.
 */
export function renderReader(transcript: Transcript, path = '/read/edge', id = 'edge') {
  giveRowsALayout();
  localStorage.clear();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const opened: OpenedTranscript = {
    id,
    transcript,
    saved: true,
    summary: summarizeCall(transcript, { id, textId: id, sha256: '0'.repeat(64), source: 'file', name: 'edge.txt', size: 1, now: 0 }),
    text: '',
    position: null,
  };
  queryClient.setQueryData(transcriptKeys.detail(id), opened);
  // A browser router over jsdom's history, as in the app: the reader also writes the address bar itself.
  window.history.replaceState(null, '', path);
  const router = createBrowserRouter([{ path: '/read/:id/*', Component: ReaderRoute }]);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router };
}

/**
 * jsdom lays nothing out: every element measures 0 px, which a virtualized list cannot work with. Rows (the
 * elements the reader measures) are given 40 px each and the window a height that holds a whole test call.
 */
export function giveRowsALayout(): void {
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(40_000);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.index === undefined ? 0 : 40;
  });
  // The navigation's scroll area (the Q&A index is a virtualized list inside it) holds a whole test call too.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.scrollArea === undefined ? 0 : 40_000;
  });
}
