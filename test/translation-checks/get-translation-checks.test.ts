import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, expect, test, vi } from 'vitest';
import { keyFigures } from '../../src/core/key-figures.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { checkTranslation } from '../../src/core/translation-checks.ts';
import { getTranslationChecks, translationChecksQueryOptions } from '../../src/features/translation-checks/api/get-translation-checks.ts';
import { generateLargeCall } from '../../bench/generate-call.ts';
import { transcriptKeys } from '../../src/lib/transcript-keys.ts';
import type { Turn } from '../../src/core/transcript-model.ts';
import type { CheckRequest, CheckResponse } from '../../src/workers/check-protocol.ts';

const demo = readTranscript(new Uint8Array(readFileSync('public/demo/lumen-harbor-q3-2026.txt')));
const expected = { checks: checkTranslation(demo), figures: keyFigures(demo) };
const big = readTranscript(new TextEncoder().encode(generateLargeCall(1024 * 1024)));
const bigExpected = { checks: checkTranslation(big), figures: keyFigures(big) };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  performance.clearMeasures();
});

function lastMeasure(): { checks: number; figures: number; where: string } | undefined {
  const entries = performance.getEntriesByName('duet:translation-checks') as PerformanceMeasure[];
  return entries.at(-1)?.detail as { checks: number; figures: number; where: string } | undefined;
}

/** Loads the real check worker script against a stand-in worker scope; returns what it posts for each request. */
async function realWorker(): Promise<(request: CheckRequest) => CheckResponse[]> {
  let listener: ((event: MessageEvent<CheckRequest>) => void) | undefined;
  const posted: CheckResponse[] = [];
  vi.stubGlobal('addEventListener', (_type: string, handler: typeof listener) => (listener = handler));
  vi.stubGlobal('postMessage', (message: CheckResponse) => posted.push(message));
  await import('../../src/workers/check-worker.ts');
  return (request) => {
    listener?.({ data: structuredClone(request) } as MessageEvent<CheckRequest>);
    return posted.splice(0);
  };
}

test('the query is kept under the call and gives the core results (main thread, where there is no Worker)', async () => {
  expect(typeof Worker).toBe('undefined');
  const options = translationChecksQueryOptions('demo', demo);
  expect(options.queryKey).toEqual(transcriptKeys.derived('demo', 'checks'));
  expect(options.queryKey.slice(0, 3)).toEqual(transcriptKeys.detail('demo'));
  const client = new QueryClient();
  expect(await client.fetchQuery(options)).toEqual(expected);
  expect(lastMeasure()).toMatchObject({ checks: expected.checks.length, figures: expected.figures.length, where: 'main' });
});

test('with a Worker, the checks run in the check worker and arrive as the same data', async () => {
  const run = await realWorker();
  const requests: CheckRequest[] = [];
  class FakeWorker extends EventTarget {
    constructor(readonly url: URL) {
      super();
    }
    postMessage(request: CheckRequest) {
      requests.push(request);
      for (const response of run(request)) {
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: structuredClone(response) })), 0);
      }
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  expect(await getTranslationChecks(demo)).toEqual(expected);
  expect(requests.map((request) => request.type === 'turns' && request.last)).toEqual([true]);
  expect(lastMeasure()).toMatchObject({ checks: expected.checks.length, where: 'worker' });
  // A long call goes over in batches, and its results come back in batches, in order.
  requests.length = 0;
  expect(await getTranslationChecks(big)).toEqual(bigExpected);
  expect(requests.length).toBeGreaterThan(2);
  expect(requests.map((request) => request.type === 'turns' && request.last)).toEqual([...Array(requests.length - 1).fill(false), true]);
  // Given the call's text, one message carries it all and the worker parses it again: the same results.
  requests.length = 0;
  const text = readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8');
  expect(await getTranslationChecks(demo, undefined, { text, encoding: 'utf-8' })).toEqual(expected);
  expect(requests.map((request) => request.type)).toEqual(['text']);
});

test('a worker that cannot start leaves the work to the main thread', async () => {
  class BrokenWorker extends EventTarget {
    postMessage() {
      setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 0);
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', BrokenWorker);
  expect(await getTranslationChecks(demo)).toEqual(expected);
  expect(lastMeasure()).toMatchObject({ where: 'main' });
});

test('the worker answers in plain words when the checks fail', async () => {
  const run = await realWorker();
  expect(run({ type: 'turns', turns: null as unknown as Turn[], last: true })).toEqual([
    { type: 'failed', message: 'The translation checks could not be run on this call.' },
  ]);
});

test('cancelled checks stop and reject', async () => {
  const controller = new AbortController();
  const pending = getTranslationChecks(demo, controller.signal);
  controller.abort();
  await expect(pending).rejects.toBeDefined();
});
