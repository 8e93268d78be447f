/** Why the library could not do something; `message` is plain words for a person (English), `code` picks the translated text. */
export type LibraryErrorCode =
  /** IndexedDB is missing or refuses to open (private browsing, disabled storage). */
  | 'storage-unavailable'
  /** The browser's storage quota for this site is used up. */
  | 'storage-full'
  /** Any other failure of the browser's storage. */
  | 'storage-failed'
  /** A ?src= value that is not an http(s) address. */
  | 'bad-url'
  /** fetch() failed: offline, wrong address, or the server does not allow cross-site reads (CORS). */
  | 'fetch-failed'
  /** An http:// address from an https:// page: the browser blocks it (mixed content). */
  | 'insecure-url'
  /** The server answered with an HTTP error. */
  | 'http-status'
  /** An unexpected failure inside the reading pipeline (never shown as a stack trace). */
  | 'internal';

/** The library's own error; carries values for the translated message. */
export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  readonly code: LibraryErrorCode;
  readonly values: Record<string, string | number>;

  constructor(code: LibraryErrorCode, message: string, values: Record<string, string | number> = {}) {
    super(message);
    this.code = code;
    this.values = values;
  }
}

/** Type guard for the library's error. */
export function isLibraryError(error: unknown): error is LibraryError {
  return error instanceof LibraryError;
}
