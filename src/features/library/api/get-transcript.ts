import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { queryOptions } from '@tanstack/react-query';
import type { Transcript } from '../../../core/transcript-model.ts';
import { LibraryError } from '../library-error.ts';
import { fallbackTitleFor, type CallSummary } from './call-summary.ts';
import { DEMO_ID, loadDemoCall } from './demo-call.ts';
import { toStorageError } from './library-database.ts';
import { libraryStorage, type LibraryStorage } from './library-storage.ts';
import { parseInBackground } from './parse-in-background.ts';
import { legacyReadingPosition } from './position-record.ts';
import { saveReadingPosition, type ReadingPosition } from './reading-position.ts';

export { DEMO_ID } from './demo-call.ts';

/** A call ready to read. */
export interface OpenedTranscript {
  id: string;
  transcript: Transcript;
  /** The library's record of the call (company, period, size, when opened…). */
  summary: CallSummary;
  /** False when the call lives only in this tab's memory (the browser refused to store it). */
  saved: boolean;
  /** The call's text as stored: what "Keep this call" saves back when another tab deleted it. */
  text: string;
  /** Where the reader was in this call, read with the text (null: never opened, or not remembered). */
  position: ReadingPosition | null;
}

/** Where the reader was: the stored position, else (once) the one an older Duet kept in localStorage. */
function resumePosition(id: string, stored: ReadingPosition | null, storage: LibraryStorage): ReadingPosition | null {
  if (stored) return stored;
  const legacy = legacyReadingPosition(id);
  // Moved into IndexedDB so that from now on it goes with the call (deleted with it, restored with it).
  if (legacy) void saveReadingPosition(id, legacy, storage);
  return legacy;
}

/**
 * Loads one call by id: the demo from public/, any other call from the library (IndexedDB, or this tab's memory):
 * summary, text and reading position in one read, then the text parsed again.
 * Throws LibraryError: 'not-found', 'storage-unavailable' (and the other storage kinds), 'record-unreadable',
 * 'record-newer', 'demo-unavailable'.
 */
export async function getTranscript(id: string, storage: LibraryStorage = libraryStorage): Promise<OpenedTranscript> {
  if (id === DEMO_ID) {
    const [{ transcript, summary, text }, position] = await Promise.all([loadDemoCall(), storage.getPosition(DEMO_ID)]);
    return { id, transcript, summary, saved: true, text, position: resumePosition(id, position, storage) };
  }
  let stored;
  try {
    stored = await storage.getCall(id);
  } catch (error) {
    throw toStorageError(error);
  }
  if (!stored) throw new LibraryError('not-found', 'This call is not in your library (it may have been deleted).', { id });
  const { text, summary } = stored;
  const transcript = await parseInBackground(text, summary.encoding, undefined, fallbackTitleFor(summary.source, summary.name));
  return { id, transcript, summary, saved: !storage.isUnsaved(id), text, position: resumePosition(id, stored.position, storage) };
}

/** Query options for one call. */
export function transcriptQueryOptions(id: string) {
  return queryOptions({ queryKey: transcriptKeys.detail(id), queryFn: () => getTranscript(id) });
}
