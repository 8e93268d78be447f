import { cancelledError, isLibraryError, LibraryError } from '../library-error.ts';
import { MAX_TRANSCRIPT_BYTES, tooLargeError } from './size-limit.ts';

/** A download that receives nothing (no answer, no bytes) for this long is stopped with a plain message. */
export const DOWNLOAD_STALL_MS = 30_000;

/** The page's own origin, when there is a page. */
function pageOrigin(): string | null {
  return globalThis.location?.origin ?? null;
}

/** True when an address is on the site Duet is served from (nothing leaves it: no need to ask before fetching). */
export function isSameOrigin(url: URL): boolean {
  return url.origin === pageOrigin();
}

/**
 * Accepts only addresses Duet downloads from for ?src=: https:// anywhere, or http:// on Duet's own site (the
 * Content-Security-Policy allows no other http address). Never javascript:, data:, file:, blob:.
 */
export function parseSourceUrl(raw: string, base: string | undefined = globalThis.location?.href): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw badUrl(raw);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (isSameOrigin(url)) return url;
    throw new LibraryError(
      'insecure-url',
      `Duet downloads transcripts only from https:// addresses. Use the https:// address of ${url.href}, or download the file and open it with “Open transcript”.`,
      { url: url.href },
    );
  }
  throw badUrl(raw);
}

function badUrl(raw: string): LibraryError {
  return new LibraryError('bad-url', `“${raw}” is not a web address Duet can open. Only addresses that start with https:// work.`, {
    url: raw,
  });
}

export interface FetchOptions {
  onProgress?: (fraction: number | null) => void;
  /** Aborting it stops the download (a 'cancelled' LibraryError). */
  signal?: AbortSignal;
  /** How long the download may receive nothing before it is stopped (DOWNLOAD_STALL_MS; tests shorten it). */
  stallMs?: number;
  fetch?: typeof globalThis.fetch;
}

/**
 * Downloads a transcript, refusing more than the size limit (by Content-Length before reading, and while reading).
 * Stops when nothing arrives for `stallMs`, or when `signal` is aborted. A network or CORS failure becomes a
 * LibraryError with plain words; fetch's TypeError never reaches the person.
 */
export async function fetchTranscriptBytes(url: URL, options: FetchOptions = {}): Promise<Uint8Array> {
  const { onProgress, signal, stallMs = DOWNLOAD_STALL_MS, fetch = globalThis.fetch } = options;
  if (signal?.aborted) throw cancelledError();
  const controller = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  /** Why it stopped, when it was stopped on purpose. */
  const stopped = (): LibraryError | null => {
    if (signal?.aborted) return cancelledError();
    if (stalled) {
      return new LibraryError(
        'download-stalled',
        `The server at ${url.host} sent nothing for ${Math.round(stallMs / 1000)} seconds, so Duet stopped the download. Try again later, or download the file and open it with “Open transcript”.`,
        { url: url.href, host: url.host, seconds: Math.round(stallMs / 1000) },
      );
    }
    return null;
  };

  try {
    arm();
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: controller.signal });
    } catch {
      throw (
        stopped() ??
        new LibraryError(
          'fetch-failed',
          `Duet could not download ${url.href}. The address may be wrong or offline, or the server does not let other websites read the file (CORS). Download the file yourself and open it with “Open transcript”.`,
          { url: url.href },
        )
      );
    }
    arm();
    if (!response.ok) {
      throw new LibraryError(
        'http-status',
        `The server answered “${response.status} ${response.statusText}” for ${url.href}. Check the address, or download the file and open it with “Open transcript”.`,
        { url: url.href, status: `${response.status} ${response.statusText}`.trim() },
      );
    }
    const declared = Number(response.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > MAX_TRANSCRIPT_BYTES) throw tooLargeError(declared);
    if (!response.body) return new Uint8Array(await response.arrayBuffer());

    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        arm();
        received += value.length;
        if (received > MAX_TRANSCRIPT_BYTES) {
          await reader.cancel();
          throw tooLargeError(received);
        }
        chunks.push(value);
        onProgress?.(declared > 0 ? Math.min(1, received / declared) : null);
      }
    } catch (error) {
      if (error instanceof Error && error.name === 'TranscriptError') throw error;
      throw (
        stopped() ??
        new LibraryError('fetch-failed', `The download of ${url.href} stopped before it finished. Try again.`, { url: url.href })
      );
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  } catch (error) {
    if (isLibraryError(error) || (error instanceof Error && error.name === 'TranscriptError')) throw error;
    throw stopped() ?? new LibraryError('fetch-failed', `Duet could not download ${url.href}.`, { url: url.href });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
