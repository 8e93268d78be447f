import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { queryOptions } from '@tanstack/react-query';
import type { Transcript } from '../../../core/transcript-model.ts';
import { isLibraryError } from '../library-error.ts';
import { fallbackTitleFor, type CallSummary } from './call-summary.ts';
import { DEMO_ID, loadDemoCall } from './demo-call.ts';
import { libraryStorage, type LibraryStorage } from './library-storage.ts';
import { parseInBackground } from './parse-in-background.ts';

export { DEMO_ID } from './demo-call.ts';

/** A call ready to read. */
export interface OpenedTranscript {
  id: string;
  transcript: Transcript;
  /** The library's record of the call (company, period, size, when opened…). */
  summary: CallSummary;
  /** False when the call lives only in this tab's memory (the browser refused to store it). */
  saved: boolean;
}

/**
 * Loads one call by id: the demo from public/, any other call from the library
 * (IndexedDB, or this tab's memory), parsing the stored text again.
 * Throws a 404 Response for an unknown id.
 */
export async function getTranscript(id: string, storage: LibraryStorage = libraryStorage): Promise<OpenedTranscript> {
  if (id === DEMO_ID) {
    const { transcript, summary } = await loadDemoCall();
    return { id, transcript, summary, saved: true };
  }
  let stored;
  try {
    stored = await storage.getCall(id);
  } catch (error) {
    const message = isLibraryError(error) ? error.message : 'The library could not be read.';
    throw new Response(message, { status: 503, statusText: message });
  }
  if (!stored) throw new Response('Not found', { status: 404, statusText: 'This call is not in your library.' });
  const { text, summary } = stored;
  const transcript = await parseInBackground(text, summary.encoding, undefined, fallbackTitleFor(summary.source, summary.name));
  return { id, transcript, summary, saved: !storage.isUnsaved(id) };
}

/** Query options for one call. */
export function transcriptQueryOptions(id: string) {
  return queryOptions({ queryKey: transcriptKeys.detail(id), queryFn: () => getTranscript(id) });
}
