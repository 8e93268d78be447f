import { TranscriptError } from '../../../core/transcript-model.ts';

/**
 * Largest transcript Duet opens: 50 MB, checked before a file is read. Equal to the core's
 * MAX_TRANSCRIPT_BYTES (a test checks it); not imported from there to keep the decoder out of the entry bundle.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Files at least this big show a progress bar while they are read. */
export const PROGRESS_THRESHOLD_BYTES = 1024 * 1024;

/** The refusal for a file above the limit, in plain words. */
export function tooLargeError(size: number): TranscriptError {
  const megabytes = (size / 1024 / 1024).toFixed(size < 100 * 1024 * 1024 ? 1 : 0);
  return new TranscriptError(
    'too-large',
    `This file is ${megabytes} MB; Duet opens transcripts up to ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files and open those.`,
  );
}
