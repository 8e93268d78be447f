import { decodeTranscriptBytes } from '../core/decode-transcript-bytes.ts';
import { parseTranscript } from '../core/parse-transcript.ts';
import { isTranscriptError, type Transcript } from '../core/transcript-model.ts';
import { sha256Hex } from './content-hash.ts';
import type { PlainFailure, ReadResult } from './parse-protocol.ts';

/** Share of the progress bar given to decoding (the parser reports the rest). */
const DECODE_SHARE = 0.1;

/** Calls `report` only when the whole percentage changes (a 50 MB parse would otherwise post thousands of messages). */
export function throttledProgress(report: ((fraction: number) => void) | undefined): (fraction: number) => void {
  let lastPercent = -1;
  return (fraction) => {
    if (!report) return;
    const clamped = Math.min(1, Math.max(0, fraction));
    const percent = Math.floor(clamped * 100);
    if (percent === lastPercent) return;
    lastPercent = percent;
    report(clamped);
  };
}

/** Bytes → hash, text and transcript. Runs in the parse worker (or on the main thread where workers are missing). */
export async function readBytesJob(
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
  fallbackTitle?: string,
): Promise<ReadResult> {
  const progress = throttledProgress(onProgress);
  progress(0);
  const { text, encoding, replacedBytes } = decodeTranscriptBytes(bytes);
  const sha256 = await sha256Hex(bytes);
  progress(DECODE_SHARE);
  const transcript = parseTranscript(text, {
    encoding,
    replacedBytes,
    ...(fallbackTitle ? { fallbackTitle } : {}),
    onProgress: (fraction) => progress(DECODE_SHARE + fraction * (1 - DECODE_SHARE)),
  });
  progress(1);
  return { transcript, text, encoding, sha256, size: bytes.length };
}

/** Stored text → transcript (re-parse on demand). */
export function parseTextJob(text: string, encoding: string, onProgress?: (fraction: number) => void, fallbackTitle?: string): Transcript {
  const progress = throttledProgress(onProgress);
  const transcript = parseTranscript(text, { encoding, ...(fallbackTitle ? { fallbackTitle } : {}), onProgress: progress });
  progress(1);
  return transcript;
}

/** Any failure as plain words: the core's TranscriptError message, or a general sentence (never a stack trace). */
export function toPlainFailure(error: unknown): PlainFailure {
  if (isTranscriptError(error)) return { kind: error.kind, message: error.message };
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'RangeError') {
    return {
      kind: 'internal',
      message: 'This file is too big for the memory this browser tab has. Close other tabs, or split the file, and try again.',
    };
  }
  return {
    kind: 'internal',
    message: 'Something went wrong while reading this file. Your library is unchanged; try opening the file again.',
  };
}
