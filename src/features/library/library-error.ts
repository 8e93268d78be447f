import { TranscriptError, type TranscriptErrorKind } from '../../core/transcript-model.ts';

/** Why the library could not do something; `message` is plain English for logs, `kind` (+ `values`) picks the words shown. */
export type LibraryErrorKind =
  /** IndexedDB is missing or refuses to open (private browsing, disabled storage). */
  | 'storage-unavailable'
  /** The browser's storage quota for this site is used up. */
  | 'storage-full'
  /** Any other failure of the browser's storage. */
  | 'storage-failed'
  /** The library was upgraded by a newer Duet in another tab (or is newer than this page): reload. */
  | 'storage-outdated'
  /** The library's upgrade to this version failed; the stored calls were left as they were. */
  | 'storage-upgrade-failed'
  /** No call with this id in the library (deleted, or a link from another browser). */
  | 'not-found'
  /** A stored record of this call is damaged and cannot be read. */
  | 'record-unreadable'
  /** This call was stored by a newer version of Duet in a format this page does not know. */
  | 'record-newer'
  /** The built-in demo call could not be loaded. */
  | 'demo-unavailable'
  /** The browser could not read a chosen file (moved, renamed or deleted since). */
  | 'file-unreadable'
  /** A ?src= value that is not an address Duet downloads from. */
  | 'bad-url'
  /** fetch() failed: offline, wrong address, or the server does not allow cross-site reads (CORS). */
  | 'fetch-failed'
  /** An http:// address on another site: Duet downloads only over https. */
  | 'insecure-url'
  /** The server answered with an HTTP error. */
  | 'http-status'
  /** The download received nothing for too long. */
  | 'download-stalled'
  /** A file given as a backup of the library is not one (or is damaged, or from a newer Duet). */
  | 'backup-invalid'
  /** The person cancelled (never shown as an error). */
  | 'cancelled'
  /** An unexpected failure inside the reading pipeline (never shown as a stack trace). */
  | 'internal';

/** The library's own error; carries values (address, status, seconds…) for the translated message. */
export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  readonly kind: LibraryErrorKind;
  readonly values: Record<string, string | number>;

  constructor(kind: LibraryErrorKind, message: string, values: Record<string, string | number> = {}) {
    super(message);
    this.kind = kind;
    this.values = values;
  }
}

/** Type guard for the library's error. */
export function isLibraryError(error: unknown): error is LibraryError {
  return error instanceof LibraryError;
}

/** The person stopped it: not a failure to report. */
export function isCancelled(error: unknown): boolean {
  return isLibraryError(error) && error.kind === 'cancelled';
}

/** The error for a stopped download or read. */
export function cancelledError(): LibraryError {
  return new LibraryError('cancelled', 'Cancelled.');
}

/**
 * A refusal of the core (TranscriptError, same `kind`) with the values its message is worded from in each interface
 * language: the file's size, what kind of file it is. The core's English `message` is kept for logs only.
 */
export class TranscriptRefusal extends TranscriptError {
  readonly values: Record<string, string | number>;

  constructor(kind: TranscriptErrorKind, message: string, values: Record<string, string | number> = {}) {
    super(kind, message);
    this.values = values;
  }
}

/** The values an error's message is worded from (none for errors that carry none). */
export function errorValues(error: unknown): Record<string, string | number> {
  return isLibraryError(error) || error instanceof TranscriptRefusal ? error.values : {};
}
