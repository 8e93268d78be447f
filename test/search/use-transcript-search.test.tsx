// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import type { FoldTable } from '../../src/core/search-fold.ts';

// The Traditional/Simplified folding table arrives when the test says so (in the app: a lazily loaded chunk).
const table = vi.hoisted(() => {
  let release: (value: FoldTable) => void = () => undefined;
  const promise = new Promise<FoldTable>((resolve) => {
    release = resolve;
  });
  return { promise, release: (value: FoldTable) => release(value) };
});
vi.mock('../../src/core/script-convert.ts', async (original) => ({
  ...(await original<typeof import('../../src/core/script-convert.ts')>()),
  loadFoldTable: () => table.promise,
}));

const { useTranscriptSearch } = await import('../../src/features/search/hooks/use-transcript-search.ts');

afterEach(cleanup);

const transcript = readTranscript(new Uint8Array(readFileSync('test/fixtures/orchard-pay-q2-2025.txt')));

test('the match the reader moved to stays current when the folding table arrives and the results are made again', async () => {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const { result } = renderHook(
    () =>
      useTranscriptSearch({ id: 'orchard', transcript, chinese: null, english: true, chineseVisible: true, speaker: null, startTurn: 0 }),
    { wrapper },
  );
  act(() => result.current.setQuery('revenue'));
  await waitFor(() => expect(result.current.matches.length).toBeGreaterThan(2));
  expect(result.current.current?.index).toBe(0);
  act(() => result.current.next());
  act(() => result.current.next());
  const moved = result.current.current;
  expect(moved?.index).toBe(2);
  const before = result.current.matches;

  await act(async () => table.release(new Map()));
  await waitFor(() => expect(result.current.matches).not.toBe(before));
  expect(result.current.current).toMatchObject({ turn: moved?.turn, paragraph: moved?.paragraph, side: moved?.side, start: moved?.start });

  // A new query starts again where the reader is.
  act(() => result.current.setQuery('margin'));
  await waitFor(() => expect(result.current.pending).toBe(false));
  await waitFor(() => expect(result.current.matches.length).toBeGreaterThan(0));
  expect(result.current.current?.index).toBe(0);
});
