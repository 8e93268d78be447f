/**
 * The check worker: runs the translation checks and collects the key figures of a call off the main thread
 * (pure core code), and posts the results back as data, a batch at a time.
 */
import { parseTranscript } from '../core/parse-transcript.ts';
import type { Turn } from '../core/transcript-model.ts';
import { createCheckJob } from './check-job.ts';
import type { CheckRequest, CheckResponse } from './check-protocol.ts';

interface WorkerScope {
  postMessage(message: CheckResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
}

/** Checks and figures per message back: a batch the main thread reads in a few ms. */
export const RESULTS_BATCH = 1000;

const scope = globalThis as unknown as WorkerScope;
let turns: Turn[] = [];

scope.addEventListener('message', (event) => {
  try {
    const request = event.data;
    if (request.type === 'text') {
      turns = parseTranscript(request.text, { encoding: request.encoding }).turns;
    } else {
      for (const turn of request.turns) turns.push(turn);
      if (!request.last) return;
    }
    const job = createCheckJob({ turns }, request.glossary);
    turns = [];
    job.step(Number.POSITIVE_INFINITY);
    const { checks, figures } = job.results();
    for (let at = 0; ; at += RESULTS_BATCH) {
      const last = at + RESULTS_BATCH >= Math.max(checks.length, figures.length);
      scope.postMessage({
        type: 'results',
        checks: checks.slice(at, at + RESULTS_BATCH),
        figures: figures.slice(at, at + RESULTS_BATCH),
        last,
      });
      if (last) break;
    }
  } catch {
    turns = [];
    scope.postMessage({ type: 'failed', message: 'The translation checks could not be run on this call.' });
  }
});
