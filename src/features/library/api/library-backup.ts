import { NOTE_FORMAT, readNoteRecord } from '../../../core/note-model.ts';
import { readSettings, type Settings } from '../../../lib/settings.ts';
import { LibraryError } from '../library-error.ts';
import { readSummaryRecord } from './call-summary.ts';
import { CALLS_STORE, NOTES_STORE, requestResult, TEXT_ID_INDEX, type LibraryDatabase } from './library-database.ts';
import type { LibraryChange } from './library-sync.ts';

/**
 * The whole library as one JSON file, and back: every call (summary, text, reading position, as stored: fields a
 * newer Duet added are kept), the demo's position and hidden flag, every highlight and note, and the settings.
 * Restoring merges by content id: a call already in the library (same id, or same text under another id) is left
 * as it is; a note is taken when it is new or at a later revision. docs/decisions/007.
 */
export const BACKUP_FORMAT = 'duet-library-backup';
export const BACKUP_VERSION = 1;

export interface LibraryBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  calls: Array<{ summary: Record<string, unknown>; text: string; position: unknown }>;
  demo: { hidden: boolean; position: unknown };
  notes: unknown[];
  settings: Settings;
  /** What other parts of Duet keep outside the library's database (own glossary terms), by part name. */
  extras: Record<string, unknown[]>;
}

/**
 * A part of Duet kept outside the library's database that goes into the backup too (the app composes them: the
 * library feature does not know the others). `restore` merges the items into what is stored.
 */
export interface BackupPart {
  name: string;
  collect: () => Promise<unknown[]>;
  restore: (items: unknown[]) => Promise<void>;
}

/** Every part's items, by name. */
export async function collectBackupParts(parts: readonly BackupPart[]): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(parts.map(async (part) => [part.name, await part.collect()] as const));
  return Object.fromEntries(entries);
}

/** Puts each part's items back (parts the backup does not hold are left alone). */
export async function restoreBackupParts(parts: readonly BackupPart[], extras: Record<string, unknown[]>): Promise<void> {
  for (const part of parts) {
    const items = extras[part.name];
    if (items && items.length > 0) await part.restore(items);
  }
}

/** What a restore did. */
export interface RestoreOutcome {
  callsAdded: number;
  callsKept: number;
  notesAdded: number;
  notesUpdated: number;
  /** Records of the file that could not be read (skipped). */
  skipped: number;
}

const SUMMARY = 'summary:';
const TEXT = 'text:';
const POSITION = 'position:';
const DEMO_HIDDEN = 'flag:demo-hidden';
const DEMO_POSITION = 'position:demo';

/** Why a file is not a backup this page can restore (the words are in backup-controls.tsx). */
export type BackupProblem = 'not-json' | 'not-backup' | 'newer' | 'damaged';

function invalid(message: string, problem: BackupProblem): LibraryError {
  return new LibraryError('backup-invalid', message, { problem });
}

/** Reads every record of the library in one transaction and makes the backup. */
export async function exportLibrary(database: LibraryDatabase, settings: Settings, now: () => number = Date.now): Promise<LibraryBackup> {
  const [keys, values, notes] = await database.transactStores([CALLS_STORE, NOTES_STORE], 'readonly', (transaction) =>
    Promise.all([
      requestResult(transaction.objectStore(CALLS_STORE).getAllKeys()),
      requestResult<unknown[]>(transaction.objectStore(CALLS_STORE).getAll()),
      requestResult<unknown[]>(transaction.objectStore(NOTES_STORE).getAll()),
    ]),
  );
  const records = new Map<string, unknown>();
  keys.forEach((key, index) => {
    if (typeof key === 'string') records.set(key, values[index]);
  });
  const calls: LibraryBackup['calls'] = [];
  for (const [key, value] of records) {
    if (!key.startsWith(SUMMARY)) continue;
    const id = key.slice(SUMMARY.length);
    const text = records.get(TEXT + id);
    // A summary without its text cannot be opened: nothing to back up.
    if (typeof text !== 'string' || typeof value !== 'object' || value === null) continue;
    calls.push({ summary: value as Record<string, unknown>, text, position: records.get(POSITION + id) ?? null });
  }
  calls.sort((a, b) => String(a.summary.id).localeCompare(String(b.summary.id)));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now()).toISOString(),
    calls,
    demo: { hidden: records.get(DEMO_HIDDEN) === true, position: records.get(DEMO_POSITION) ?? null },
    notes: [...notes].sort((a, b) => String((a as { id?: unknown }).id).localeCompare(String((b as { id?: unknown }).id))),
    settings,
    extras: {},
  };
}

/** A backup file's text, checked; throws a LibraryError `backup-invalid` saying what is wrong. */
export function parseBackup(text: string): LibraryBackup {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw invalid('This file is not a Duet backup: it is not JSON.', 'not-json');
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw invalid('This file is not a Duet backup.', 'not-backup');
  }
  const backup = value as Record<string, unknown>;
  if (typeof backup.version !== 'number' || backup.version > BACKUP_VERSION) {
    throw invalid('This backup was made by a newer version of Duet.', 'newer');
  }
  if (!Array.isArray(backup.calls) || !Array.isArray(backup.notes))
    throw invalid('This backup is damaged: its calls or notes are missing.', 'damaged');
  const demo = (typeof backup.demo === 'object' && backup.demo !== null ? backup.demo : {}) as Record<string, unknown>;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof backup.exportedAt === 'string' ? backup.exportedAt : '',
    calls: backup.calls as LibraryBackup['calls'],
    demo: { hidden: demo.hidden === true, position: demo.position ?? null },
    notes: backup.notes as unknown[],
    settings: readSettings(backup.settings),
    extras: readExtras(backup.extras),
  };
}

function readExtras(value: unknown): Record<string, unknown[]> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1])));
}

/**
 * Puts a backup into the library, in one transaction (all of it or nothing), merging by content id: nothing
 * already stored is overwritten but a note by a later revision of itself.
 */
export async function restoreLibrary(
  database: LibraryDatabase,
  backup: LibraryBackup,
  onChange: (change: LibraryChange) => void = () => {},
): Promise<RestoreOutcome> {
  const outcome = await database.transactStores([CALLS_STORE, NOTES_STORE], 'readwrite', async (transaction) => {
    const calls = transaction.objectStore(CALLS_STORE);
    const notes = transaction.objectStore(NOTES_STORE);
    const result: RestoreOutcome = { callsAdded: 0, callsKept: 0, notesAdded: 0, notesUpdated: 0, skipped: 0 };
    for (const entry of backup.calls) {
      const id = typeof entry?.summary?.id === 'string' ? entry.summary.id : '';
      const record = id ? readSummaryRecord(entry.summary, id) : ({ kind: 'malformed' } as const);
      if (record.kind !== 'ok' || typeof entry.text !== 'string') {
        result.skipped += 1;
        continue;
      }
      const textId = record.summary.textId;
      const sameId = (await requestResult(calls.count(SUMMARY + id))) > 0;
      const sameText =
        !sameId && textId !== undefined && calls.indexNames.contains(TEXT_ID_INDEX)
          ? (await requestResult(calls.index(TEXT_ID_INDEX).count(textId))) > 0
          : false;
      if (sameId || sameText) {
        result.callsKept += 1;
        // A call stored here without a position takes the backup's.
        if (sameId && entry.position && (await requestResult(calls.count(POSITION + id))) === 0) calls.put(entry.position, POSITION + id);
        continue;
      }
      calls.put(entry.text, TEXT + id);
      calls.put(entry.summary, SUMMARY + id);
      if (entry.position) calls.put(entry.position, POSITION + id);
      result.callsAdded += 1;
    }
    if (backup.demo.position && (await requestResult(calls.count(DEMO_POSITION))) === 0) calls.put(backup.demo.position, DEMO_POSITION);
    if (backup.demo.hidden && (await requestResult(calls.count(DEMO_HIDDEN))) === 0) calls.put(true, DEMO_HIDDEN);
    for (const value of backup.notes) {
      const record = readNoteRecord(value);
      if (record.kind !== 'ok' || record.note.format !== NOTE_FORMAT) {
        result.skipped += 1;
        continue;
      }
      const stored = readNoteRecord(await requestResult<unknown>(notes.get(record.note.id)));
      if (stored.kind === 'ok' && stored.note.revision >= record.note.revision) continue;
      if (stored.kind === 'newer') continue;
      notes.put(value);
      if (stored.kind === 'ok') result.notesUpdated += 1;
      else result.notesAdded += 1;
    }
    return result;
  });
  onChange({ type: 'changed' });
  return outcome;
}
