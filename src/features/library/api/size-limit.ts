import { MAX_TRANSCRIPT_BYTES } from '../../../core/limits.ts';
import { TranscriptError } from '../../../core/transcript-model.ts';

/** Files at least this big show a progress bar while they are read. */
export const PROGRESS_THRESHOLD_BYTES = 1024 * 1024;

/** The refusal for a file above the limit, in plain words. */
export function tooLargeError(size: number): TranscriptError {
  const megabytes = (size / 1024 / 1024).toFixed(size < 100 * 1024 * 1024 ? 1 : 0);
  return new TranscriptError(
    'too-large',
    `This file is ${megabytes} MB; Duet opens transcripts up to ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB. Split it into smaller files and open those.`,
  );
}
