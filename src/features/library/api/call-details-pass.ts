import { callDetails, fallbackTitleFor } from './call-summary.ts';
import { libraryStorage } from './library-storage.ts';
import { parseInBackground } from './parse-in-background.ts';

/** Completes the summaries of calls stored before they had details (see `fillCallDetails`); how many changed. */
export function runCallDetailsPass(): Promise<number> {
  return libraryStorage.fillCallDetails(async (text, summary) =>
    callDetails(await parseInBackground(text, summary.encoding, undefined, fallbackTitleFor(summary.source, summary.name))),
  );
}
