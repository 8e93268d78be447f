import type { ReadingPosition } from './reading-position.ts';

/** The format of `position:<id>` records this version writes (unknown fields of a record are kept on write). */
export const POSITION_FORMAT = 1;

const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** A reading position from a stored record or old localStorage JSON, or null when it is not one. */
export function readPositionRecord(value: unknown): ReadingPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.format !== undefined && record.format !== POSITION_FORMAT) return null;
  if (!isIndex(record.turn)) return null;
  return {
    turn: record.turn,
    question: isIndex(record.question) ? record.question : null,
    view: typeof record.view === 'string' ? record.view : '',
  };
}

/** Where the reader kept positions before they moved into IndexedDB (src/features/reader/utils/reading-position.ts). */
export function legacyPositionKey(id: string): string {
  return `duet:reading:${id}`;
}

/** The position an older Duet kept in localStorage for this call, or null. Used once, when IndexedDB has none. */
export function legacyReadingPosition(id: string): ReadingPosition | null {
  try {
    const raw = globalThis.localStorage?.getItem(legacyPositionKey(id));
    return raw ? readPositionRecord(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}
