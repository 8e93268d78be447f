import { callDetails, fallbackTitleFor } from './call-summary.ts';
import { libraryStorage } from './library-storage.ts';
import { parseInBackground } from './parse-in-background.ts';

/**
 * Completes the summaries of calls stored before they had details (see `fillCallDetails`); how many changed. Every
 * call is parsed in a worker, whatever its size: a library of hundreds of calls must not hold up the page meanwhile.
 */
export function runCallDetailsPass(): Promise<number> {
  return libraryStorage.fillCallDetails(async (text, summary) =>
    callDetails(await parseInBackground(text, summary.encoding, undefined, fallbackTitleFor(summary.source, summary.name), 0)),
  );
}
