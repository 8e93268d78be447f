import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { cancelledError, LibraryError } from '../library-error.ts';
import { callIdFromHash, fallbackTitleFor, summarizeCall, type CallSource } from './call-summary.ts';
import { DEMO_ID, loadDemoCall } from './demo-call.ts';
import { fetchTranscriptBytes, parseSourceUrl } from './fetch-transcript-url.ts';
import type { OpenedTranscript } from './get-transcript.ts';
import { libraryStorage, type LibraryStorage } from './library-storage.ts';
import { readInBackground } from './parse-in-background.ts';
import { MAX_TRANSCRIPT_BYTES } from '../../../core/limits.ts';
import { tooLargeError } from './size-limit.ts';

/** Something to open: a file, pasted text, or a web address (?src=). */
export type ImportInput = { kind: 'file'; file: File } | { kind: 'text'; text: string } | { kind: 'url'; url: string };

/** Where an import is: downloading (fraction unknown without Content-Length), reading (decode + parse) or saving. */
export interface ImportProgress {
  phase: 'downloading' | 'reading' | 'saving';
  fraction: number | null;
}

/** An opened call, and whether it made it into the library. */
export interface ImportResult extends OpenedTranscript {
  /** The same content was already in the library. */
  duplicate: boolean;
  /** Why the call is only in memory, or null when it was saved. */
  notSaved: LibraryError | null;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  storage?: LibraryStorage;
  now?: () => number;
  /** Aborting it stops the download or the read (a 'cancelled' LibraryError); once saving has begun it finishes. */
  signal?: AbortSignal;
  /** How long a download may receive nothing before it is stopped (tests shorten it). */
  downloadStallMs?: number;
}

/** Size in bytes of an input when known before reading it. */
export function inputSize(input: ImportInput): number | null {
  if (input.kind === 'file') return input.file.size;
  // Characters, not bytes: close enough to decide whether to show a progress bar.
  if (input.kind === 'text') return input.text.length;
  return null;
}

async function bytesOf(input: ImportInput, options: ImportOptions): Promise<{ bytes: Uint8Array; source: CallSource; name: string }> {
  const { onProgress = () => {}, signal, downloadStallMs } = options;
  if (input.kind === 'file') {
    // Refuse before reading a single byte.
    if (input.file.size > MAX_TRANSCRIPT_BYTES) throw tooLargeError(input.file.size);
    try {
      return { bytes: new Uint8Array(await input.file.arrayBuffer()), source: 'file', name: input.file.name };
    } catch {
      throw new LibraryError(
        'file-unreadable',
        `The browser could not read “${input.file.name}” (it may have been moved, renamed or deleted). Choose the file again.`,
      );
    }
  }
  if (input.kind === 'text') {
    const bytes = new TextEncoder().encode(input.text);
    if (bytes.length > MAX_TRANSCRIPT_BYTES) throw tooLargeError(bytes.length);
    return { bytes, source: 'paste', name: '' };
  }
  const url = parseSourceUrl(input.url);
  onProgress({ phase: 'downloading', fraction: null });
  const bytes = await fetchTranscriptBytes(url, {
    onProgress: (fraction) => onProgress({ phase: 'downloading', fraction }),
    ...(signal ? { signal } : {}),
    ...(downloadStallMs !== undefined ? { stallMs: downloadStallMs } : {}),
  });
  return { bytes, source: 'url', name: url.href };
}

/**
 * Opens something into the library: bytes → (worker) decode, hash, parse → summary → IndexedDB.
 * The same call opened twice keeps one entry: its id is the hash of its text (BOM removed, line endings as LF), so
 * UTF-8, UTF-16 and Big5 copies are one call; a call stored before (id from its bytes) is found by its bytes or its
 * text and keeps its id. When the browser refuses to store it, the call is still opened from memory and `notSaved`
 * says why. Throws TranscriptError or LibraryError.
 */
export async function importTranscript(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const { onProgress = () => {}, storage = libraryStorage, now = Date.now, signal } = options;
  const { bytes, source, name } = await bytesOf(input, options);
  onProgress({ phase: 'reading', fraction: 0 });
  const read = await readInBackground(
    bytes,
    (fraction) => onProgress({ phase: 'reading', fraction }),
    fallbackTitleFor(source, name),
    signal,
  );
  if (signal?.aborted) throw cancelledError();
  onProgress({ phase: 'saving', fraction: 1 });
  const textId = callIdFromHash(read.textSha256);
  const demo = await loadDemoCall().catch(() => null);
  if (demo && demo.summary.textId === textId) {
    // The built-in demo call itself: open the built-in entry rather than listing it twice.
    const [, position] = await Promise.all([storage.setDemoHidden(false), storage.getPosition(DEMO_ID)]);
    return { ...demo, id: DEMO_ID, saved: true, duplicate: true, notSaved: null, position };
  }
  const summary = summarizeCall(
    read.transcript,
    { id: textId, textId, sha256: read.sha256, source, name, size: read.size, now: now() },
    read,
  );
  const outcome = await storage.saveCall({ summary, text: read.text }, [callIdFromHash(read.sha256)]);
  return {
    id: outcome.summary.id,
    transcript: read.transcript,
    summary: outcome.summary,
    saved: outcome.notSaved === null,
    text: read.text,
    position: outcome.position,
    duplicate: outcome.duplicate,
    notSaved: outcome.notSaved,
  };
}

/**
 * Mutation: import, then put the parsed call in the cache under its detail key (the reader opens without parsing
 * again). The caller refreshes the list with `refreshLibrary` when it suits it (after the reader's first paint).
 */
export function useImportTranscript() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationKey: ['import-transcript'],
    mutationFn: ({ input, ...options }: { input: ImportInput } & Pick<ImportOptions, 'onProgress' | 'signal'>) =>
      importTranscript(input, options),
    onSuccess: (result) => {
      const { id, transcript, summary, saved, text, position } = result;
      const opened: OpenedTranscript = { id, transcript, summary, saved, text, position };
      queryClient.setQueryData(transcriptKeys.detail(id), opened);
      // The call is (again) in the library: a "deleted elsewhere" notice on it is over.
      void queryClient.invalidateQueries({ queryKey: transcriptKeys.derived(id, 'stored'), exact: true });
    },
  });
  // Only the list: a prefix match would also re-parse whichever call is open in the reader.
  const refreshLibrary = useCallback(() => queryClient.invalidateQueries({ queryKey: transcriptKeys.list(), exact: true }), [queryClient]);
  return { ...mutation, refreshLibrary };
}
