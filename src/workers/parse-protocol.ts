import type { Transcript, TranscriptErrorKind } from '../core/transcript-model.ts';

/** A file read into a transcript, with what the library needs to store it. */
export interface ReadResult {
  transcript: Transcript;
  /** The decoded text (the library stores it and re-parses on demand). */
  text: string;
  encoding: string;
  /** SHA-256 of the original bytes, hex. */
  sha256: string;
  /** SHA-256 of the normalised text (see `normalizeForId`), hex: the call's identity whatever its encoding. */
  textSha256: string;
  size: number;
}

/**
 * Why a job failed: the core's error kinds, or 'internal' for anything unexpected. Always plain words, never a stack;
 * `values` are what the interface needs to word it in either language (the file's size, what kind of file it is).
 */
export interface PlainFailure {
  kind: TranscriptErrorKind | 'internal';
  message: string;
  values?: Record<string, string | number>;
}

/** Messages to the parse worker. */
export type ParseRequest =
  { type: 'read'; bytes: Uint8Array; fallbackTitle?: string } | { type: 'parse'; text: string; encoding: string; fallbackTitle?: string };

/** Messages from the parse worker. */
export type ParseResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'read-done'; result: ReadResult }
  | { type: 'parse-done'; transcript: Transcript }
  | { type: 'failed'; failure: PlainFailure };
