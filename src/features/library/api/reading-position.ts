import { libraryStorage, type LibraryStorage } from './library-storage.ts';

/**
 * Where a reader was in one call: the turn in view, its question (if any) and the view mode (the reader's own
 * string, e.g. 'side'; '' when none was recorded). Kept in the library's IndexedDB next to the call, so that it
 * goes with the call: written with it, deleted with it, restored with it.
 */
export interface ReadingPosition {
  turn: number;
  question: number | null;
  view: string;
}

/**
 * Remembers the position in a call. Never throws: a failed write (private mode, full storage, the call deleted in
 * another tab) only means the position is not remembered; reading goes on.
 */
export async function saveReadingPosition(id: string, position: ReadingPosition, storage: LibraryStorage = libraryStorage): Promise<void> {
  try {
    await storage.savePosition(id, position);
  } catch {
    // Ignored on purpose: see above.
  }
}
