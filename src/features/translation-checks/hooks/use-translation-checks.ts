import { startTransition, useEffect, useState } from 'react';
import type { Transcript } from '../../../core/transcript-model.ts';
import { createCheckJob, type CheckResults } from '../utils/check-job.ts';

export type CheckState = ({ status: 'pending' } & CheckResults) | ({ status: 'ready' } & CheckResults);

/** Longest stretch of checking per task, in ms: well under a frame budget so scrolling and typing stay smooth. */
const SLICE_MS = 12;

const PENDING: CheckState = { status: 'pending', checks: [], figures: [] };
const done = new WeakMap<Transcript, CheckState>();

type Cancel = () => void;

/** Runs `callback` when the browser is idle (or soon, where there is no idle callback). */
function whenIdle(callback: () => void): Cancel {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(callback, { timeout: 400 });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 1);
  return () => clearTimeout(handle);
}

/**
 * A performance entry for the browser tests: wall time from start to end; `detail.busy` = time spent checking,
 * `detail.firstSlice` = when checking began, `detail.longestSlice` = the longest single stretch of it.
 */
function measure(started: number, timing: { firstSlice: number; busy: number; longestSlice: number }, results: CheckResults) {
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
      },
    });
  } catch {
    // No User Timing here (an old browser or a test environment): nothing to record.
  }
}

/**
 * The call's translation checks and key figures. They are computed after the reader's first paint, in slices of
 * a few ms while the page is idle (a 3 MB call needs a few hundred ms in all), so opening a call never waits for
 * them; results are kept per transcript for the rest of the visit.
 */
export function useTranslationChecks(transcript: Transcript): CheckState {
  const [state, setState] = useState<{ transcript: Transcript; value: CheckState }>(() => ({
    transcript,
    value: done.get(transcript) ?? PENDING,
  }));
  let value = state.value;
  if (state.transcript !== transcript) {
    value = done.get(transcript) ?? PENDING;
    setState({ transcript, value });
  }

  useEffect(() => {
    if (done.has(transcript)) return;
    const job = createCheckJob(transcript);
    let cancel: Cancel = () => {};
    const started = performance.now();
    const timing = { firstSlice: -1, busy: 0, longestSlice: 0 };
    const run = () => {
      const sliceStart = performance.now();
      if (timing.firstSlice < 0) timing.firstSlice = sliceStart;
      const finished = job.step(sliceStart + SLICE_MS);
      const spent = performance.now() - sliceStart;
      timing.busy += spent;
      timing.longestSlice = Math.max(timing.longestSlice, spent);
      if (!finished) {
        cancel = whenIdle(run);
        return;
      }
      const ready: CheckState = { status: 'ready', ...job.results() };
      done.set(transcript, ready);
      measure(started, timing, ready);
      startTransition(() => setState({ transcript, value: ready }));
    };
    cancel = whenIdle(run);
    return () => cancel();
  }, [transcript]);

  return value;
}
