import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import { DOWNLOAD_STALL_MS, fetchTranscriptBytes } from '../../src/features/library/api/fetch-transcript-url.ts';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { freshStorage } from '../support/library-db.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** A fetch whose server never answers: it only ends when its signal aborts (as the browser's does). */
function silentServer() {
  const calls: RequestInit[] = [];
  const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

/** A server that sends headers and one chunk, then nothing. */
function stallingBody() {
  return (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('Operator\nOperator\n'));
        init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
    });
    return new Response(body, { status: 200, headers: { 'content-length': '100000' } });
  }) as typeof globalThis.fetch;
}

test('a server that never answers is given up after the stall time, in plain words', async () => {
  vi.useFakeTimers();
  const { fetch } = silentServer();
  const download = fetchTranscriptBytes(new URL('https://slow.example/call.txt'), { fetch }).catch((error: unknown) => error);
  await vi.advanceTimersByTimeAsync(DOWNLOAD_STALL_MS - 1);
  let settled = false;
  void download.then(() => (settled = true));
  await Promise.resolve();
  expect(settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(await download).toMatchObject({ name: 'LibraryError', kind: 'download-stalled', values: { host: 'slow.example', seconds: 30 } });
});

test('a download that stops sending half way is given up too; bytes that arrive keep it going', async () => {
  vi.useFakeTimers();
  const download = fetchTranscriptBytes(new URL('https://slow.example/call.txt'), { fetch: stallingBody(), stallMs: 5000 }).catch(
    (error: unknown) => error,
  );
  await vi.advanceTimersByTimeAsync(5000);
  expect(await download).toMatchObject({ kind: 'download-stalled' });
});

test('Cancel stops the download at once, and is not reported as a failure', async () => {
  const { fetch, calls } = silentServer();
  const controller = new AbortController();
  const download = fetchTranscriptBytes(new URL('https://slow.example/call.txt'), { fetch, signal: controller.signal }).catch(
    (error: unknown) => error,
  );
  await vi.waitFor(() => expect(calls).toHaveLength(1));
  controller.abort();
  expect(await download).toMatchObject({ kind: 'cancelled' });
  expect(calls[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
});

test('a cancelled import of an address stores nothing', async () => {
  const { storage } = freshStorage();
  const { fetch, calls } = silentServer();
  vi.stubGlobal('fetch', fetch);
  try {
    const controller = new AbortController();
    const opening = importTranscript({ kind: 'url', url: 'https://slow.example/call.txt' }, { storage, signal: controller.signal }).catch(
      (error: unknown) => error,
    );
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    expect(await opening).toMatchObject({ kind: 'cancelled' });
    expect((await storage.listCalls()).calls).toEqual([]);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('an HTTP error and a body above the limit are refused in plain words', async () => {
  const notFound = (async () => new Response('no', { status: 404, statusText: 'Not Found' })) as typeof globalThis.fetch;
  expect(
    await fetchTranscriptBytes(new URL('https://x.example/a.txt'), { fetch: notFound }).catch((error: unknown) => error),
  ).toMatchObject({
    kind: 'http-status',
    values: { status: '404 Not Found' },
  });
  const huge = (async () => new Response('x', { headers: { 'content-length': String(60 * 1024 * 1024) } })) as typeof globalThis.fetch;
  expect(await fetchTranscriptBytes(new URL('https://x.example/a.txt'), { fetch: huge }).catch((error: unknown) => error)).toMatchObject({
    name: 'TranscriptError',
    kind: 'too-large',
  });
});
