import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { nextPaint } from '../../../lib/schedule.ts';
import { inputSize, useImportTranscript, type ImportInput, type ImportResult } from '../api/import-transcript.ts';
import { PROGRESS_THRESHOLD_BYTES } from '../api/size-limit.ts';
import { importStatus, type InputOrigin } from '../import-status.ts';
import { isCancelled } from '../library-error.ts';

/** What one call of `open` did. */
export interface OpenOutcome {
  opened: ImportResult[];
  /** What could not be opened, and why (cancelled inputs are left out). */
  failed: Array<{ input: ImportInput; error: unknown }>;
}

export interface OpenOptions {
  /** False: the caller shows failures itself (the paste dialog does, next to the text), not the status tray. */
  reportFailures?: boolean;
}

/** Counts calls of `open`: only the latest may take the person to the reader. */
let latestBatch = 0;

function describe(input: ImportInput): { origin: InputOrigin; name: string } {
  if (input.kind === 'file') return { origin: 'file', name: input.file.name };
  if (input.kind === 'text') return { origin: 'paste', name: '' };
  return { origin: 'url', name: input.url };
}

function currentPath(): string {
  return globalThis.location?.pathname ?? '';
}

/**
 * Opens files, pasted text or addresses: shows progress (with Cancel) for big ones and downloads, an alert for each
 * failure, then goes to the reader when exactly one call opened (several stay listed in the library).
 * Every call runs on its own: a download that never ends holds up no other open. A call that finishes after the
 * person moved on (another open started, or another page) adds its call to the library without taking them there.
 */
export function useOpenTranscripts(): (inputs: ImportInput[], options?: OpenOptions) => Promise<OpenOutcome> {
  const { mutateAsync, refreshLibrary } = useImportTranscript();
  const navigate = useNavigate();

  return useCallback(
    async (inputs: ImportInput[], { reportFailures = true }: OpenOptions = {}): Promise<OpenOutcome> => {
      latestBatch += 1;
      const batch = latestBatch;
      const startedAt = currentPath();
      importStatus.clearNotices();
      const outcome: OpenOutcome = { opened: [], failed: [] };
      for (const input of inputs) {
        const { origin, name } = describe(input);
        const showBar = input.kind === 'url' || (inputSize(input) ?? 0) >= PROGRESS_THRESHOLD_BYTES;
        const controller = new AbortController();
        const activityId = importStatus.nextActivityId();
        const cancel = () => controller.abort();
        if (showBar) {
          importStatus.setActivity({
            id: activityId,
            origin,
            name,
            phase: input.kind === 'url' ? 'downloading' : 'reading',
            fraction: 0,
            cancel,
          });
        }
        try {
          const result = await mutateAsync({
            input,
            signal: controller.signal,
            onProgress: (progress) => {
              if (!showBar) return;
              // Saving cannot be stopped half way: no Cancel from then on.
              importStatus.setActivity({ id: activityId, origin, name, ...progress, ...(progress.phase === 'saving' ? {} : { cancel }) });
            },
          });
          outcome.opened.push(result);
          if (result.notSaved) importStatus.addNotice({ kind: 'not-saved', origin, name, error: result.notSaved });
        } catch (error) {
          if (!isCancelled(error)) {
            outcome.failed.push({ input, error });
            if (reportFailures) importStatus.addNotice({ kind: 'failed', origin, name, error });
          }
        } finally {
          if (showBar) importStatus.endActivity(activityId);
        }
      }
      // The same call opened several times (say in several encodings) counts once.
      const calls = [...new Map(outcome.opened.map((result) => [result.id, result])).values()];
      const [only] = calls;
      const movedOn = batch !== latestBatch || currentPath() !== startedAt;
      if (calls.length === 1 && only && !movedOn) {
        await navigate(`/read/${only.id}`);
        // The list is read again once the reader has painted: a refetch while the reader renders would restart it.
        // Not awaited: a hidden tab paints no frame, and the next import must not wait for one.
        void nextPaint().then(refreshLibrary);
      } else if (calls.length > 0) {
        await refreshLibrary();
        if (calls.length === 1 && only) importStatus.addNotice({ kind: 'added-one', summary: only.summary });
        else importStatus.addNotice({ kind: 'added', count: calls.length });
        if (!movedOn) await navigate('/');
      }
      return outcome;
    },
    [mutateAsync, refreshLibrary, navigate],
  );
}
