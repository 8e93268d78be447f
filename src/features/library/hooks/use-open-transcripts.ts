import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { nextPaint } from '../../../lib/schedule.ts';
import { inputSize, useImportTranscript, type ImportInput, type ImportResult } from '../api/import-transcript.ts';
import { PROGRESS_THRESHOLD_BYTES } from '../api/size-limit.ts';
import { importStatus, type InputOrigin } from '../import-status.ts';

/** Imports run one after another, whichever control started them. */
let queue: Promise<unknown> = Promise.resolve();

function describe(input: ImportInput): { origin: InputOrigin; name: string } {
  if (input.kind === 'file') return { origin: 'file', name: input.file.name };
  if (input.kind === 'text') return { origin: 'paste', name: '' };
  return { origin: 'url', name: input.url };
}

/**
 * Opens files, pasted text or addresses: shows progress for big ones, an alert for each failure,
 * then goes to the reader when exactly one call opened (several stay listed in the library).
 */
export function useOpenTranscripts(): (inputs: ImportInput[]) => Promise<ImportResult[]> {
  const { mutateAsync, refreshLibrary } = useImportTranscript();
  const navigate = useNavigate();

  const run = useCallback(
    async (inputs: ImportInput[]): Promise<ImportResult[]> => {
      importStatus.clearNotices();
      const opened: ImportResult[] = [];
      for (const input of inputs) {
        const { origin, name } = describe(input);
        const showBar = input.kind === 'url' || (inputSize(input) ?? 0) >= PROGRESS_THRESHOLD_BYTES;
        if (showBar) importStatus.setActivity({ origin, name, phase: input.kind === 'url' ? 'downloading' : 'reading', fraction: 0 });
        try {
          const result = await mutateAsync({
            input,
            onProgress: (progress) => {
              if (showBar) importStatus.setActivity({ origin, name, ...progress });
            },
          });
          opened.push(result);
          if (result.notSaved) importStatus.addNotice({ kind: 'not-saved', origin, name, error: result.notSaved });
        } catch (error) {
          importStatus.addNotice({ kind: 'failed', origin, name, error });
        } finally {
          if (showBar) importStatus.setActivity(null);
        }
      }
      const [only] = opened;
      if (opened.length === 1 && only) {
        await navigate(`/read/${only.id}`);
        // The list is read again once the reader has painted: a refetch while the reader renders would restart it.
        // Not awaited: a hidden tab paints no frame, and the next import must not wait for one.
        void nextPaint().then(refreshLibrary);
      } else if (opened.length > 1) {
        await refreshLibrary();
        importStatus.addNotice({ kind: 'added', count: opened.length });
        await navigate('/');
      }
      return opened;
    },
    [mutateAsync, refreshLibrary, navigate],
  );

  return useCallback(
    (inputs: ImportInput[]) => {
      const next = queue.then(() => run(inputs));
      queue = next.catch(() => undefined);
      return next;
    },
    [run],
  );
}
