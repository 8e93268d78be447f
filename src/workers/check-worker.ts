/**
 * The check worker: runs the translation checks and collects the key figures of a call off the main thread
 * (pure core code, in one go), and posts the results back as data.
 */
import { createCheckJob } from './check-job.ts';
import type { CheckRequest, CheckResponse } from './check-protocol.ts';

interface WorkerScope {
  postMessage(message: CheckResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  try {
    const job = createCheckJob({ turns: event.data.turns });
    job.step(Number.POSITIVE_INFINITY);
    scope.postMessage({ type: 'check-done', results: job.results() });
  } catch {
    scope.postMessage({ type: 'failed', message: 'The translation checks could not be run on this call.' });
  }
});
