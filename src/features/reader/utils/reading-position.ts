import { parseViewMode, type ViewMode } from './view-mode.ts';

/** Where a reader was in one call: the turn in view, its question (if any) and the view mode. */
export interface ReadingPosition {
  turn: number;
  question: number | null;
  view: ViewMode | null;
}

function key(id: string): string {
  return `duet:reading:${id}`;
}

/** The remembered position in a call, or null when none (or when storage is unreadable). */
export function loadReadingPosition(id: string): ReadingPosition | null {
  try {
    const raw = globalThis.localStorage?.getItem(key(id));
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const turn = record.turn;
    if (typeof turn !== 'number' || !Number.isInteger(turn) || turn < 0) return null;
    const question = typeof record.question === 'number' && Number.isInteger(record.question) ? record.question : null;
    return { turn, question, view: parseViewMode(typeof record.view === 'string' ? record.view : null) };
  } catch {
    return null;
  }
}

/** Remembers the position in a call. */
export function saveReadingPosition(id: string, position: ReadingPosition): void {
  try {
    globalThis.localStorage?.setItem(key(id), JSON.stringify(position));
  } catch {
    // Storage full or disabled: reading goes on, the position is just not remembered.
  }
}
