import { LibraryError } from '../library-error.ts';
import { MAX_TRANSCRIPT_BYTES } from '../../../core/limits.ts';
import { tooLargeError } from './size-limit.ts';

/** Accepts only absolute http(s) addresses for ?src= (no javascript:, data:, file:, blob:). */
export function parseSourceUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw badUrl(raw);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badUrl(raw);
  return url;
}

function badUrl(raw: string): LibraryError {
  return new LibraryError(
    'bad-url',
    `“${raw}” is not a web address Duet can open. Only addresses that start with https:// or http:// work.`,
    { url: raw },
  );
}

/**
 * Downloads a transcript, refusing more than the size limit (by Content-Length before reading, and while reading).
 * A network or CORS failure becomes a LibraryError with plain words; fetch's TypeError never reaches the person.
 */
export async function fetchTranscriptBytes(url: URL, onProgress?: (fraction: number | null) => void): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
  } catch {
    if (url.protocol === 'http:' && globalThis.location?.protocol === 'https:') {
      throw new LibraryError(
        'insecure-url',
        `The browser does not let a secure (https) page download from an http:// address. Use the https:// address of ${url.href}, or download the file and open it with “Open transcript”.`,
        { url: url.href },
      );
    }
    throw new LibraryError(
      'fetch-failed',
      `Duet could not download ${url.href}. The address may be wrong or offline, or the server does not let other websites read the file (CORS). Download the file yourself and open it with “Open transcript”.`,
      { url: url.href },
    );
  }
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
    throw new LibraryError('fetch-failed', `The download of ${url.href} stopped before it finished. Try again.`, { url: url.href });
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
