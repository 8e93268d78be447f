import { queryOptions } from '@tanstack/react-query';
import type { GlossaryTerm } from '../../../core/finance-glossary.ts';
import type { KeyFigure } from '../../../core/key-figures.ts';
import type { Transcript, Turn } from '../../../core/transcript-model.ts';
import type { TranslationCheck } from '../../../core/translation-checks.ts';
import { nextPaint } from '../../../lib/schedule.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { createCheckJob, type CheckResults } from '../../../workers/check-job.ts';
import type { CheckRequest, CheckResponse } from '../../../workers/check-protocol.ts';

/** The text a call was parsed from (as the library stores it): the check worker parses it again itself. */
export interface CallText {
  text: string;
  encoding: string;
}

/** The translation checks and key figures of one call. */
export interface TranslationCheckData {
  checks: readonly TranslationCheck[];
  figures: readonly KeyFigure[];
}

/**
 * The glossary the checks use when it is not the finance glossary alone (the reader's own terms added), with a key
 * that names its content (its terms change, the key changes, the checks run again).
 */
export interface CheckGlossary {
  terms: readonly GlossaryTerm[];
  key: string;
}

/** Longest stretch of checking per task on the main thread (no Worker), in ms: well under a frame. */
const SLICE_MS = 12;

/** Main-thread time spent on the checks: when it began, in all, and its longest single stretch (ms). */
interface Timing {
  firstSlice: number;
  busy: number;
  longestSlice: number;
  /** Each stretch, in ms (rounded), in order. */
  stretches: number[];
}

function abortError(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The translation checks were cancelled.', 'AbortError');
}

/** Resolves when the browser is idle (soon, where it cannot say); rejects if `signal` aborts first. */
function idle(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    let cancel: () => void;
    const onAbort = () => {
      cancel();
      reject(abortError(signal));
    };
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    if (typeof globalThis.requestIdleCallback === 'function') {
      const handle = globalThis.requestIdleCallback(done, { timeout: 400 });
      cancel = () => globalThis.cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(done, 1);
      cancel = () => clearTimeout(handle);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `work` and adds the time it took to `timing`. */
function timed<T>(timing: Timing, work: () => T): T {
  const start = performance.now();
  if (timing.firstSlice < 0) timing.firstSlice = start;
  try {
    return work();
  } finally {
    const spent = performance.now() - start;
    timing.busy += spent;
    timing.longestSlice = Math.max(timing.longestSlice, spent);
    timing.stretches.push(Math.round(spent));
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../../../workers/check-worker.ts', import.meta.url), { type: 'module', name: 'duet-checks' });
  } catch {
    return null;
  }
}

/** Characters of transcript text per message to the worker: copying a batch takes a few ms. */
const TEXT_BATCH = 128 * 1024;

/** The call's turns in batches of about `TEXT_BATCH` characters of text. */
function batches(turns: readonly Turn[]): Turn[][] {
  const out: Turn[][] = [];
  let batch: Turn[] = [];
  let size = 0;
  for (const turn of turns) {
    batch.push(turn);
    for (const pair of turn.paragraphs) size += (pair.en?.length ?? 0) + (pair.zh?.length ?? 0);
    if (size >= TEXT_BATCH) {
      out.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0 || out.length === 0) out.push(batch);
  return out;
}

/** Yields to the browser (a task of its own for the next batch). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The checks in the check worker; null when the worker cannot start or fails, so the main thread can do them. */
function inWorker(
  transcript: Pick<Transcript, 'turns'>,
  source: CallText | undefined,
  timing: Timing,
  signal: AbortSignal | undefined,
  glossary: readonly GlossaryTerm[] | undefined,
): Promise<CheckResults | null> {
  const worker = startWorker();
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const checks: TranslationCheck[] = [];
    const figures: KeyFigure[] = [];
    let settled = false;
    const finish = (value: CheckResults | null) => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(value);
    };
    const onAbort = () => {
      settled = true;
      worker.terminate();
      reject(abortError(signal));
    };
    worker.addEventListener('message', (event: MessageEvent<CheckResponse>) => {
      // Reading a message copies it onto this thread: that time counts as the checks' main-thread work.
      const response = timed(timing, () => event.data);
      if (response.type === 'failed') {
        finish(null);
        return;
      }
      checks.push(...response.checks);
      figures.push(...response.figures);
      if (response.last) finish({ checks, figures });
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(null);
    });
    worker.addEventListener('messageerror', () => finish(null));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (source) {
      // The text is one string, copied in a moment; the worker parses it again (the same turns, off this thread).
      const request: CheckRequest = { type: 'text', text: source.text, encoding: source.encoding, glossary };
      timed(timing, () => worker.postMessage(request));
      return;
    }
    void (async () => {
      const parts = batches(transcript.turns);
      for (const [index, turns] of parts.entries()) {
        if (settled) return;
        if (index > 0) await nextTask();
        const last = index === parts.length - 1;
        const request: CheckRequest = { type: 'turns', turns, last, glossary: last ? glossary : undefined };
        timed(timing, () => worker.postMessage(request));
      }
    })();
  });
}

/** The checks on the main thread, a slice of a few ms per idle period. */
async function inSlices(
  transcript: Pick<Transcript, 'turns'>,
  timing: Timing,
  signal: AbortSignal | undefined,
  glossary: readonly GlossaryTerm[] | undefined,
): Promise<CheckResults> {
  const job = createCheckJob(transcript, glossary);
  while (!timed(timing, () => job.step(performance.now() + SLICE_MS))) await idle(signal);
  return job.results();
}

/**
 * A performance entry for the browser tests: wall time from the request to the results on the main thread;
 * `detail.firstSlice` = when checking began, `detail.busy` = main-thread time it took (posting and receiving, with
 * a worker), `detail.longestSlice` = the longest single stretch of it.
 */
function measure(started: number, timing: Timing, results: CheckResults, where: 'worker' | 'main') {
  try {
    performance.measure('duet:translation-checks', {
      start: started,
      end: performance.now(),
      detail: {
        firstSlice: timing.firstSlice,
        busy: Math.round(timing.busy),
        longestSlice: Math.round(timing.longestSlice),
        checks: results.checks.length,
        figures: results.figures.length,
        where,
        stretches: timing.stretches,
      },
    });
  } catch {
    // No User Timing here (an old browser or a test environment): nothing to record.
  }
}

/**
 * The translation checks and key figures of a call. They start once the browser is idle after the reader's first
 * paint, so opening a call never waits for them, and run in the check worker (or, where there is no Worker, on the
 * main thread in slices of a few ms).
 */
export async function getTranslationChecks(
  transcript: Pick<Transcript, 'turns'>,
  signal?: AbortSignal,
  source?: CallText,
  glossary?: readonly GlossaryTerm[],
): Promise<TranslationCheckData> {
  const started = performance.now();
  // After the frame that shows the reader (its paint mark is set from a task queued in that frame, before this one),
  // then when the browser is idle: the idle callback's timeout alone let a busy machine start the checks first.
  if (typeof requestAnimationFrame === 'function') await nextPaint();
  await idle(signal);
  const timing: Timing = { firstSlice: -1, busy: 0, longestSlice: 0, stretches: [] };
  const fromWorker = await inWorker(transcript, source, timing, signal, glossary);
  const results = fromWorker ?? (await inSlices(transcript, timing, signal, glossary));
  measure(started, timing, results, fromWorker ? 'worker' : 'main');
  return results;
}

/**
 * Query options for the checks of one call, kept under the call's key (forgetting the call forgets them); with a
 * glossary of the reader's own, under that glossary's key too (editing the terms checks the call again).
 */
export function translationChecksQueryOptions(id: string, transcript: Transcript, source?: CallText, glossary?: CheckGlossary) {
  return queryOptions({
    queryKey: glossary ? transcriptKeys.checksWith(id, glossary.key) : transcriptKeys.derived(id, 'checks'),
    queryFn: ({ signal }): Promise<TranslationCheckData> => getTranslationChecks(transcript, signal, source, glossary?.terms),
  });
}
