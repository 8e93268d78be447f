import type { Transcript, Turn } from '../../../core/transcript-model.ts';
import {
  joinTurnBatches,
  type ParseRequest,
  type ParseResponse,
  type PlainFailure,
  type ReadResult,
} from '../../../workers/parse-protocol.ts';
import { whenIdle } from '../../../lib/schedule.ts';
import { cancelledError, LibraryError, TranscriptRefusal } from '../library-error.ts';
import { WORKER_THRESHOLD_BYTES } from './size-limit.ts';

/** The job module, loaded only when the main thread must do the work (no Worker): keeps the parser out of the entry bundle. */
const loadJobs = () => import('../../../workers/parse-job.ts');

/** Loads the parser while the browser is idle, so that the first file opened does not wait for its code. */
export function preloadParser(): void {
  whenIdle(() => void loadJobs().catch(() => undefined));
}

/** Plain words for an unexpected failure (the same sentence the worker uses). */
const UNEXPECTED = 'Something went wrong while reading this file. Your library is unchanged; try opening the file again.';

function fromFailure(failure: PlainFailure): Error {
  return failure.kind === 'internal'
    ? new LibraryError('internal', failure.message, failure.values)
    : new TranscriptRefusal(failure.kind, failure.message, failure.values);
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../../../workers/parse-worker.ts', import.meta.url), { type: 'module', name: 'duet-parse' });
  } catch {
    return null;
  }
}

/**
 * Runs one request in a fresh module worker. Resolves null when the worker cannot start
 * (no Worker, or its script failed to load), so the caller can fall back to the main thread.
 * Aborting `signal` stops the worker and rejects with a 'cancelled' LibraryError.
 */
function runInWorker<T>(
  request: ParseRequest,
  pick: (response: ParseResponse, turns: Turn[]) => T | undefined,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<T | null> {
  if (signal?.aborted) return Promise.reject(cancelledError());
  const worker = startWorker();
  if (!worker) return Promise.resolve(null);
  return new Promise<T | null>((resolve, reject) => {
    let heardBack = false;
    // The call's turns arrive a batch per message (each copied in a task of its own), before the done message.
    const turns: Turn[] = [];
    const onAbort = () => {
      finish();
      reject(cancelledError());
    };
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
      heardBack = true;
      const response = event.data;
      if (response.type === 'progress') {
        onProgress?.(response.fraction);
        return;
      }
      if (response.type === 'turns') {
        joinTurnBatches(turns, response);
        return;
      }
      finish();
      if (response.type === 'failed') {
        reject(fromFailure(response.failure));
        return;
      }
      const value = pick(response, turns);
      if (value === undefined) reject(new LibraryError('internal', UNEXPECTED));
      else resolve(value);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      // Never started (blocked or failed to load): let the caller parse on the main thread.
      if (!heardBack) resolve(null);
      else reject(new LibraryError('internal', UNEXPECTED));
    });
    worker.addEventListener('messageerror', () => {
      finish();
      reject(new LibraryError('internal', UNEXPECTED));
    });
    // The bytes are copied, not transferred, so that a failed start can still fall back to the main thread.
    worker.postMessage(request);
  });
}

async function onMainThread<T>(
  work: (jobs: Awaited<ReturnType<typeof loadJobs>>) => T | Promise<T>,
  bytes?: Uint8Array,
  signal?: AbortSignal,
): Promise<T> {
  const jobs = await loadJobs();
  if (signal?.aborted) throw cancelledError();
  try {
    return await work(jobs);
  } catch (error) {
    throw fromFailure(jobs.toPlainFailure(error, bytes));
  }
}

/**
 * Decodes, hashes and parses a file's bytes (in a Web Worker from WORKER_THRESHOLD_BYTES up), reporting progress as
 * a fraction. Aborting `signal` stops it (a 'cancelled' LibraryError).
 */
export async function readInBackground(
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
  fallbackTitle?: string,
  signal?: AbortSignal,
): Promise<ReadResult> {
  const onMain = () => onMainThread((jobs) => jobs.readBytesJob(bytes, onProgress, fallbackTitle), bytes, signal);
  if (bytes.length < WORKER_THRESHOLD_BYTES) return onMain();
  const fromWorker = await runInWorker(
    { type: 'read', bytes, ...(fallbackTitle ? { fallbackTitle } : {}) },
    (response, turns) =>
      response.type === 'read-done' ? { ...response.result, transcript: { ...response.result.transcript, turns } } : undefined,
    onProgress,
    signal,
  );
  return fromWorker ?? onMain();
}

/** Parses stored text again (the library keeps text, not the model): in a worker from WORKER_THRESHOLD_BYTES characters up. */
export async function parseInBackground(
  text: string,
  encoding: string,
  onProgress?: (fraction: number) => void,
  fallbackTitle?: string,
): Promise<Transcript> {
  if (text.length >= WORKER_THRESHOLD_BYTES) {
    const fromWorker = await runInWorker(
      { type: 'parse', text, encoding, ...(fallbackTitle ? { fallbackTitle } : {}) },
      (response, turns) => (response.type === 'parse-done' ? { ...response.transcript, turns } : undefined),
      onProgress,
    );
    if (fromWorker) return fromWorker;
  }
  return onMainThread((jobs) => jobs.parseTextJob(text, encoding, onProgress, fallbackTitle));
}
