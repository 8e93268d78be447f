import { MAX_TRANSCRIPT_BYTES } from '../../../core/limits.ts';
import { TranscriptRefusal } from '../library-error.ts';

/**
 * The library's limits, each defined once (the README quotes them; test/library/limits.test.ts checks that). The
 * largest transcript Duet opens is the core's MAX_TRANSCRIPT_BYTES (50 MB, in src/core/limits.ts, which imports
 * nothing, so the decoder stays out of the entry bundle), checked here before a file is read.
 */
export { MAX_TRANSCRIPT_BYTES };

/** Files at least this big show a progress bar (with Cancel) while they are read. */
export const PROGRESS_THRESHOLD_BYTES = 1024 * 1024;

/**
 * Files (bytes) and stored texts (characters) at least this big are read in a Web Worker; smaller ones on the main
 * thread: parsing 256 KB takes a few milliseconds, while starting a module worker costs tens.
 */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

/** The refusal for a file above the limit (worded from `size` in each interface language). */
export function tooLargeError(size: number): TranscriptRefusal {
  const megabytes = (size / 1024 / 1024).toFixed(size < 100 * 1024 * 1024 ? 1 : 0);
  return new TranscriptRefusal(
    'too-large',
    `This file is ${megabytes} MB; Duet opens transcripts up to ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB. Split it into smaller files and open those.`,
    { size },
  );
}
