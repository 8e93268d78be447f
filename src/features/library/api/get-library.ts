import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { queryOptions } from '@tanstack/react-query';
import type { LibraryError } from '../library-error.ts';
import { compareCalls, type CallSummary } from './call-summary.ts';
import { loadDemoCall } from './demo-call.ts';
import { libraryStorage, type LibraryStorage } from './library-storage.ts';

/** What the start page lists. */
export interface Library {
  /** Every call, most recently opened first, the built-in demo last. */
  calls: CallSummary[];
  /** Ids of calls kept only in this tab's memory (not saved). */
  unsavedIds: string[];
  /** Why calls cannot be saved in this browser, or null. */
  storageProblem: LibraryError | null;
  /** Stored calls whose records are damaged: not listed, counted. */
  unreadable: number;
  /** Stored calls saved by a newer Duet in a format this page does not know: not listed, counted. */
  newer: number;
  /** Calls whose text had been lost, removed at start-up. */
  repaired: number;
}

/** Lists the library from the summary records only (no transcript is parsed), plus the demo unless it was removed. */
export async function getLibrary(storage: LibraryStorage = libraryStorage): Promise<Library> {
  // The demo is fetched and read while the stored summaries are read (once per page; the reader shares it). No demo
  // file (or offline): the library simply does not list it.
  const demo = loadDemoCall().then(
    (call) => call.summary,
    () => null,
  );
  const [list, demoHidden] = await Promise.all([storage.listCalls(), storage.isDemoHidden()]);
  const all = [...list.calls];
  const demoSummary = demoHidden ? null : await demo;
  if (demoSummary) all.push(demoSummary);
  return { ...list, calls: all.sort(compareCalls) };
}

/** Query options for the library list. */
export function libraryQueryOptions() {
  return queryOptions({ queryKey: transcriptKeys.list(), queryFn: () => getLibrary() });
}
