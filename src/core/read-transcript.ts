import { decodeTranscriptBytes } from './decode-transcript-bytes.ts';
import { parseTranscript } from './parse-transcript.ts';
import type { Transcript } from './transcript-model.ts';

export interface ReadOptions {
  /** Title to use when the call does not name itself (e.g. the file name). */
  fallbackTitle?: string;
  /** Called with the share of the work done (0…1). */
  onProgress?: (fraction: number) => void;
}

/** Bytes of a file → Transcript: decode, then parse. Throws only TranscriptError. */
export function readTranscript(bytes: Uint8Array, options: ReadOptions = {}): Transcript {
  const { text, encoding, replacedBytes } = decodeTranscriptBytes(bytes);
  options.onProgress?.(0.1);
  const onProgress = options.onProgress;
  return parseTranscript(text, {
    encoding,
    replacedBytes,
    ...(options.fallbackTitle !== undefined ? { fallbackTitle: options.fallbackTitle } : {}),
    ...(onProgress ? { onProgress: (fraction: number) => onProgress(0.1 + fraction * 0.9) } : {}),
  });
}
