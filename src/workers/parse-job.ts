import { callPeriod } from '../core/call-period.ts';
import { decodeTranscriptBytes } from '../core/decode-transcript-bytes.ts';
import { parseTranscript } from '../core/parse-transcript.ts';
import { callPeople } from '../core/people.ts';
import { isTranscriptError, type Transcript } from '../core/transcript-model.ts';
import { sha256Hex, textHash } from './content-hash.ts';
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
  const [sha256, textSha256] = await Promise.all([sha256Hex(bytes), textHash(text)]);
  progress(DECODE_SHARE);
  const transcript = parseTranscript(text, {
    encoding,
    replacedBytes,
    ...(fallbackTitle ? { fallbackTitle } : {}),
    onProgress: (fraction) => progress(DECODE_SHARE + fraction * (1 - DECODE_SHARE)),
  });
  const details = { period: callPeriod(transcript), people: callPeople(transcript) };
  progress(1);
  return { transcript, text, encoding, sha256, textSha256, size: bytes.length, ...details };
}

/** Stored text → transcript (re-parse on demand). */
export function parseTextJob(text: string, encoding: string, onProgress?: (fraction: number) => void, fallbackTitle?: string): Transcript {
  const progress = throttledProgress(onProgress);
  const transcript = parseTranscript(text, { encoding, ...(fallbackTitle ? { fallbackTitle } : {}), onProgress: progress });
  progress(1);
  return transcript;
}

/** Leading bytes of the non-text files people pick by mistake, named by a key the interface words in each language. */
const FILE_SIGNATURES: ReadonlyArray<{ format: string; bytes: readonly number[] }> = [
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'gzip', bytes: [0x1f, 0x8b] },
];

/** What kind of non-text file some bytes are ('png', 'pdf'…), or 'unknown'. */
export function binaryFormat(bytes: Uint8Array): string {
  const match = FILE_SIGNATURES.find((signature) => signature.bytes.every((value, index) => bytes[index] === value));
  return match?.format ?? 'unknown';
}

/**
 * Any failure as plain words: the core's TranscriptError (with the values the interface words it from), or a
 * general sentence (never a stack trace). `bytes` are the file's, when the failure is about a file.
 */
export function toPlainFailure(error: unknown, bytes?: Uint8Array): PlainFailure {
  if (isTranscriptError(error)) {
    const values: Record<string, string | number> = {};
    if (error.kind === 'binary' && bytes) values.format = binaryFormat(bytes);
    if (error.kind === 'too-large' && bytes) values.size = bytes.length;
    return { kind: error.kind, message: error.message, values };
  }
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'RangeError') {
    return {
      kind: 'internal',
      message: 'This file is too big for the memory this browser tab has. Close other tabs, or split the file, and try again.',
      values: { reason: 'memory' },
    };
  }
  return {
    kind: 'internal',
    message: 'Something went wrong while reading this file. Your library is unchanged; try opening the file again.',
  };
}
