import { textHash } from '../../../workers/content-hash.ts';
import { LibraryError } from '../library-error.ts';
import {
  callIdFromHash,
  compareCalls,
  needsDetails,
  readSummaryRecord,
  type CallDetails,
  type CallSummary,
  type SummaryRecord,
} from './call-summary.ts';
import { DEMO_ID } from './demo-call.ts';
import {
  openLibraryDatabase,
  POSITION_KEY,
  requestResult,
  SUMMARY_KEY,
  TEXT_ID_INDEX,
  TEXT_KEY,
  toStorageError,
  type ConnectionState,
  type LibraryDatabase,
} from './library-database.ts';
import { broadcastLibraryChange, type LibraryChange } from './library-sync.ts';
import { createNoteStorage } from './note-storage.ts';
import { requestPersistentStorage } from './storage-persistence.ts';
import { POSITION_FORMAT, readPositionRecord } from './position-record.ts';
import type { ReadingPosition } from './reading-position.ts';

/** A call as the library keeps it: the summary record, the original text (decoded) and the reading position. */
export interface StoredCall {
  summary: CallSummary;
  text: string;
  position: ReadingPosition | null;
}

/** What a delete took out of storage, as it was stored (unknown fields included), so that undo puts back the same. */
export interface RemovedRecords {
  summary: CallSummary;
  text: string;
  /** The `position:<id>` record as stored, or undefined. */
  positionRecord: unknown;
}

/** What happened when a call was saved. */
export interface SaveOutcome {
  /** The summary as stored (for a duplicate: the existing record, its id included, with a new `openedAt`). */
  summary: CallSummary;
  /** True when the same call was already in the library (nothing new was written but the date). */
  duplicate: boolean;
  /** Null when the call is in IndexedDB; otherwise why it is only kept in memory for this tab. */
  notSaved: LibraryError | null;
  /** The reading position stored for the call (a call opened again resumes where it was). */
  position: ReadingPosition | null;
}

/** The library's list, with a reason when IndexedDB could not be read. */
export interface CallList {
  calls: CallSummary[];
  /** Ids of calls kept only in this tab's memory. */
  unsavedIds: string[];
  storageProblem: LibraryError | null;
  /** Records that are damaged: skipped, the rest is listed. */
  unreadable: number;
  /** Records a newer Duet wrote in a format this page does not know: left untouched, not listed. */
  newer: number;
  /** Calls whose text had been lost (a summary without text, left by an older Duet): removed at start-up. */
  repaired: number;
}

const SUMMARY = SUMMARY_KEY;
const TEXT = TEXT_KEY;
const POSITION = POSITION_KEY;
const DEMO_HIDDEN = 'flag:demo-hidden';
/** Every key starting with `prefix` (keys are strings; U+FFFF sorts after any character of an id). */
const prefixed = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

function newerError(): LibraryError {
  return new LibraryError(
    'record-newer',
    'This call was saved by a newer version of Duet. Reload the page to use the newest version; the call was left as it is.',
  );
}

function unreadableError(): LibraryError {
  return new LibraryError(
    'record-unreadable',
    'The stored copy of this call is damaged and cannot be read. Open the file again to store it anew.',
  );
}

/** A summary record by id, checked (undefined when there is none). */
async function summaryAt(store: IDBObjectStore, id: string): Promise<SummaryRecord | undefined> {
  const value: unknown = await requestResult(store.get(SUMMARY + id));
  return value === undefined ? undefined : readSummaryRecord(value, id);
}

function summaryId(key: IDBValidKey): string | null {
  return typeof key === 'string' && key.startsWith(SUMMARY) ? key.slice(SUMMARY.length) : null;
}

/** True when the keys show a summary without its text, or a position without its summary (the start-up pass's work). */
export function strays(keys: readonly IDBValidKey[]): boolean {
  const has = new Set(keys.filter((key): key is string => typeof key === 'string'));
  for (const key of has) {
    const id = summaryId(key);
    if (id !== null && !has.has(TEXT + id)) return true;
    if (key.startsWith(POSITION)) {
      const owner = key.slice(POSITION.length);
      if (owner !== DEMO_ID && !has.has(SUMMARY + owner)) return true;
    }
  }
  return false;
}

export interface LibraryStorageOptions {
  /** IndexedDB database name (tests use their own). */
  name?: string;
  now?: () => number;
  /** Told after every change that other tabs must hear of (the app's storage broadcasts it: library-sync.ts). */
  onChange?: (change: LibraryChange) => void;
}

/** The details part of a summary. */
function detailsOf(summary: CallSummary): Partial<CallSummary> {
  const { details, quarter, year, date, analysts, speakers } = summary;
  return { details, quarter, year, date, analysts, speakers };
}

/**
 * The library's storage: one IndexedDB object store holding, per call, `summary:<id>` (small record), `text:<id>`
 * (the decoded text) and `position:<id>` (where the reader was); whatever belongs together is written in one
 * transaction. Calls that could not be saved are kept in this tab's memory. docs/decisions/002.
 */
export function createLibraryStorage(options: LibraryStorageOptions = {}) {
  const { name, now = Date.now, onChange = () => {} } = options;
  const database: LibraryDatabase = openLibraryDatabase(name);
  /** Calls that could not be written to IndexedDB: readable until the tab closes. */
  const memory = new Map<string, StoredCall>();
  let demoHiddenInMemory: boolean | null = null;
  let repairing: Promise<number> | null = null;
  let backfilling: Promise<void> | null = null;
  let filling: Promise<number> | null = null;

  /**
   * Start-up pass, once per page: a summary whose text is missing (an older Duet could leave one when a call was
   * reopened in one tab while another deleted it) is removed, and so are positions of calls no longer stored.
   */
  function startUp(): Promise<number> {
    repairing ??= (async () => {
      // Most starts find nothing to remove: look first in a read-only transaction, which runs alongside the list's read
      // (a read-write one would hold it up), and write only when something must go.
      const found = await database.transact('readonly', async (store) => strays(await requestResult(store.getAllKeys())));
      if (!found) return 0;
      return database.transact('readwrite', async (store) => {
        const keys = (await requestResult(store.getAllKeys())).filter((key): key is string => typeof key === 'string');
        const has = new Set(keys);
        let removed = 0;
        for (const key of keys) {
          const id = summaryId(key);
          if (id === null || has.has(TEXT + id)) continue;
          const record = await summaryAt(store, id);
          // Only a record this version understands is judged; a newer one may keep its text elsewhere.
          if (record?.kind !== 'ok') continue;
          store.delete(key);
          store.delete(POSITION + id);
          removed += 1;
        }
        for (const key of keys) {
          if (!key.startsWith(POSITION)) continue;
          const id = key.slice(POSITION.length);
          if (id !== DEMO_ID && !has.has(SUMMARY + id)) store.delete(key);
        }
        return removed;
      });
    })().catch(() => 0);
    return repairing;
  }

  /** Adds `textId` to records written before schema 2 (hashing is asynchronous, so it happens after the upgrade). */
  function textIdsReady(): Promise<void> {
    backfilling ??= startUp()
      .then(async () => {
        const missing = await database.transact('readonly', async (store) => {
          const [keys, values] = await Promise.all([
            requestResult(store.getAllKeys(prefixed(SUMMARY))),
            requestResult(store.getAll(prefixed(SUMMARY))),
          ]);
          return keys.flatMap((key, index) => {
            const id = summaryId(key);
            const record = id === null ? undefined : readSummaryRecord(values[index], id);
            return id !== null && record?.kind === 'ok' && record.summary.textId === undefined ? [id] : [];
          });
        });
        for (const id of missing) {
          const text: unknown = await database.transact('readonly', (store) => requestResult(store.get(TEXT + id)));
          if (typeof text !== 'string') continue;
          const textId = callIdFromHash(await textHash(text));
          await database.transact('readwrite', async (store) => {
            const value: unknown = await requestResult(store.get(SUMMARY + id));
            const record = readSummaryRecord(value, id);
            if (record.kind === 'ok' && record.summary.textId === undefined) store.put({ ...record.summary, textId }, SUMMARY + id);
          });
        }
      })
      .catch(() => undefined);
    return backfilling;
  }

  /**
   * Start-up pass for calls stored before their summary had details (period, date, people): each stored text is
   * read again (`read`: parse and compute, off the main thread) and its details merged into its summary. Returns
   * how many summaries changed. Once per page; never throws.
   */
  function fillCallDetails(read: (text: string, summary: CallSummary) => Promise<CallDetails>): Promise<number> {
    filling ??= startUp()
      .then(async () => {
        const missing = await database.transact('readonly', async (store) => {
          const [keys, values] = await Promise.all([
            requestResult(store.getAllKeys(prefixed(SUMMARY))),
            requestResult(store.getAll(prefixed(SUMMARY))),
          ]);
          return keys.flatMap((key, index) => {
            const id = summaryId(key);
            const record = id === null ? undefined : readSummaryRecord(values[index], id);
            return id !== null && record?.kind === 'ok' && needsDetails(record.summary) ? [{ id, summary: record.summary }] : [];
          });
        });
        let filled = 0;
        for (const { id, summary } of missing) {
          const text: unknown = await database.transact('readonly', (store) => requestResult(store.get(TEXT + id)));
          if (typeof text !== 'string') continue;
          let details: CallDetails;
          try {
            details = await read(text, summary);
          } catch {
            continue;
          }
          const changed = await database.transact('readwrite', async (store) => {
            const record = readSummaryRecord(await requestResult<unknown>(store.get(SUMMARY + id)), id);
            if (record.kind !== 'ok' || !needsDetails(record.summary)) return false;
            store.put({ ...record.summary, ...details }, SUMMARY + id);
            return true;
          });
          if (changed) filled += 1;
        }
        if (filled > 0) onChange({ type: 'changed' });
        return filled;
      })
      .catch(() => 0);
    return filling;
  }

  return {
    fillCallDetails,

    /** Highlights and notes (store `notes`, schema 3). */
    notes: createNoteStorage(database, now, onChange),
    /** The database, for the backup (library-backup.ts). */
    database,
    /** The database connection's state ('outdated' after a newer Duet upgraded it in another tab). */
    connectionState: (): ConnectionState => database.state(),
    subscribeConnection: (listener: () => void) => database.subscribe(listener),

    /** Every call, newest first, reading only the summary records; damaged and newer records are counted, not listed. */
    async listCalls(): Promise<CallList> {
      const stored: CallSummary[] = [];
      let storageProblem: LibraryError | null = null;
      let unreadable = 0;
      let newer = 0;
      // The start-up check and the summaries are read at once; in the rare start that removed something, read again.
      const readSummaries = () =>
        database.transact('readonly', (store) =>
          Promise.all([requestResult(store.getAllKeys(prefixed(SUMMARY))), requestResult(store.getAll(prefixed(SUMMARY)))]),
        );
      const checking = startUp();
      const reading = readSummaries();
      reading.catch(() => undefined);
      const repaired = await checking;
      try {
        const [keys, values] = repaired > 0 ? await readSummaries() : await reading;
        keys.forEach((key, index) => {
          const record = readSummaryRecord(values[index], summaryId(key) ?? '');
          if (record.kind === 'ok') stored.push(record.summary);
          else if (record.kind === 'newer') newer += 1;
          else unreadable += 1;
        });
      } catch (error) {
        storageProblem = toStorageError(error);
      }
      const ids = new Set(stored.map((summary) => summary.id));
      const unsaved = [...memory.values()].map((call) => call.summary).filter((summary) => !ids.has(summary.id));
      return {
        calls: [...stored, ...unsaved].sort(compareCalls),
        unsavedIds: unsaved.map((summary) => summary.id),
        storageProblem,
        unreadable,
        newer,
        repaired,
      };
    },

    /** True when the call is only in this tab's memory (not saved in IndexedDB). */
    isUnsaved(id: string): boolean {
      return memory.has(id);
    },

    /**
     * One call's summary, text and position, read in one transaction; undefined when it is not in the library.
     * Throws a LibraryError when its records are damaged or newer than this page.
     */
    async getCall(id: string): Promise<StoredCall | undefined> {
      const inMemory = memory.get(id);
      if (inMemory) return inMemory;
      const [value, text, position] = await database.transact('readonly', (store) =>
        Promise.all([
          requestResult<unknown>(store.get(SUMMARY + id)),
          requestResult<unknown>(store.get(TEXT + id)),
          requestResult<unknown>(store.get(POSITION + id)),
        ]),
      );
      if (value === undefined) return undefined;
      const record = readSummaryRecord(value, id);
      if (record.kind === 'newer') throw newerError();
      if (record.kind === 'malformed' || typeof text !== 'string') throw unreadableError();
      return { summary: record.summary, text, position: readPositionRecord(position) };
    },

    /** Whether the call is in the library (this tab's memory, or IndexedDB). Throws when storage cannot be read. */
    async hasCall(id: string): Promise<boolean> {
      if (memory.has(id)) return true;
      const count = await database.transact('readonly', (store) => requestResult(store.count(SUMMARY + id)));
      return count > 0;
    },

    /**
     * Saves a call, in one transaction. The same call (same text, whatever its encoding; or, for a call stored
     * before schema 2, the same bytes: `legacyIds`) is not stored twice: only its `openedAt` moves, and the outcome
     * carries the stored id. When IndexedDB fails the call is kept in memory and the outcome says why.
     */
    async saveCall(call: { summary: CallSummary; text: string }, legacyIds: readonly string[] = []): Promise<SaveOutcome> {
      const { id, textId } = call.summary;
      const inMemory = memory.get(id);
      try {
        await textIdsReady();
        const outcome = await database.transact('readwrite', async (store) => {
          let found = await summaryAt(store, id);
          if (!found && textId && store.indexNames.contains(TEXT_ID_INDEX)) {
            for (const key of await requestResult(store.index(TEXT_ID_INDEX).getAllKeys(textId))) {
              const other = summaryId(key);
              found = other === null ? undefined : await summaryAt(store, other);
              if (found) break;
            }
          }
          for (const legacy of legacyIds) {
            if (found) break;
            found = await summaryAt(store, legacy);
          }
          // A newer Duet's record is never overwritten by this older page.
          if (found?.kind === 'newer') throw newerError();
          if (found?.kind === 'ok') {
            const existing = found.summary;
            const summary: CallSummary = {
              ...existing,
              openedAt: now(),
              ...(existing.textId ? {} : { textId }),
              ...(needsDetails(existing) && !needsDetails(call.summary) ? detailsOf(call.summary) : {}),
            };
            store.put(summary, SUMMARY + existing.id);
            if (typeof (await requestResult<unknown>(store.get(TEXT + existing.id))) !== 'string') store.put(call.text, TEXT + existing.id);
            const position = readPositionRecord(await requestResult<unknown>(store.get(POSITION + existing.id)));
            return { summary, duplicate: true, position };
          }
          // Nothing there, or a damaged record at this id: store the call (text and summary together).
          store.put(call.text, TEXT + id);
          store.put(call.summary, SUMMARY + id);
          const position = readPositionRecord(await requestResult<unknown>(store.get(POSITION + id)));
          return { summary: call.summary, duplicate: false, position };
        });
        memory.delete(id);
        onChange({ type: 'saved', id: outcome.summary.id });
        // The library holds something now: ask the browser to keep it.
        requestPersistentStorage();
        return { ...outcome, notSaved: null };
      } catch (error) {
        const summary: CallSummary = inMemory ? { ...inMemory.summary, openedAt: now() } : call.summary;
        memory.set(summary.id, { summary, text: call.text, position: inMemory?.position ?? null });
        return { summary, duplicate: inMemory !== undefined, notSaved: toStorageError(error), position: inMemory?.position ?? null };
      }
    },

    /** Removes a call, its text and its position in one transaction, and returns them so that they can be put back. */
    async deleteCall(id: string): Promise<RemovedRecords | undefined> {
      const inMemory = memory.get(id);
      if (inMemory) {
        memory.delete(id);
        return { summary: inMemory.summary, text: inMemory.text, positionRecord: undefined };
      }
      const removed = await database.transact('readwrite', async (store) => {
        const [value, text, positionRecord] = await Promise.all([
          requestResult<unknown>(store.get(SUMMARY + id)),
          requestResult<unknown>(store.get(TEXT + id)),
          requestResult<unknown>(store.get(POSITION + id)),
        ]);
        const record = value === undefined ? undefined : readSummaryRecord(value, id);
        if (record?.kind !== 'ok') return undefined;
        store.delete(SUMMARY + id);
        store.delete(TEXT + id);
        store.delete(POSITION + id);
        return { summary: record.summary, text: typeof text === 'string' ? text : '', positionRecord };
      });
      if (removed) onChange({ type: 'deleted', id });
      return removed;
    },

    /**
     * Puts a call back (undo, or "Keep this call" after another tab deleted it), in one transaction. Records stored
     * meanwhile win: a call opened again in the meantime keeps its newer summary and position.
     */
    async restoreCall(call: { summary: CallSummary; text: string }, positionRecord?: unknown): Promise<SaveOutcome> {
      const { id } = call.summary;
      try {
        const outcome = await database.transact('readwrite', async (store) => {
          const existing = await summaryAt(store, id);
          if (existing?.kind === 'newer') throw newerError();
          const summary = existing?.kind === 'ok' ? existing.summary : call.summary;
          if (existing?.kind !== 'ok') store.put(call.summary, SUMMARY + id);
          if (typeof (await requestResult<unknown>(store.get(TEXT + id))) !== 'string') store.put(call.text, TEXT + id);
          let stored: unknown = await requestResult<unknown>(store.get(POSITION + id));
          if (stored === undefined && positionRecord !== undefined) {
            store.put(positionRecord, POSITION + id);
            stored = positionRecord;
          }
          return { summary, duplicate: existing?.kind === 'ok', position: readPositionRecord(stored) };
        });
        memory.delete(id);
        onChange({ type: 'saved', id });
        return { ...outcome, notSaved: null };
      } catch (error) {
        const position = readPositionRecord(positionRecord);
        memory.set(id, { summary: call.summary, text: call.text, position });
        return { summary: call.summary, duplicate: false, notSaved: toStorageError(error), position };
      }
    },

    /** Remembers where the reader is in a call, keeping fields of the record this version does not know. */
    async savePosition(id: string, position: ReadingPosition): Promise<void> {
      await database.transact('readwrite', async (store) => {
        const existing: unknown = await requestResult<unknown>(store.get(POSITION + id));
        const record = typeof existing === 'object' && existing !== null ? (existing as Record<string, unknown>) : {};
        // A record of a newer format belongs to the newer Duet: leave it.
        if (record.format !== undefined && record.format !== POSITION_FORMAT) return;
        store.put(
          { ...record, format: POSITION_FORMAT, turn: position.turn, question: position.question, view: position.view },
          POSITION + id,
        );
      });
    },

    /** The reading position of a call (the demo's too), or null. */
    async getPosition(id: string): Promise<ReadingPosition | null> {
      const inMemory = memory.get(id);
      const stored = await database
        .transact('readonly', (store) => requestResult<unknown>(store.get(POSITION + id)))
        .catch(() => undefined);
      return readPositionRecord(stored) ?? inMemory?.position ?? null;
    },

    /** Whether the person removed the built-in demo from their library. */
    async isDemoHidden(): Promise<boolean> {
      if (demoHiddenInMemory !== null) return demoHiddenInMemory;
      try {
        const flag = await database.transact('readonly', (store) => requestResult<unknown>(store.get(DEMO_HIDDEN)));
        return flag === true;
      } catch {
        return false;
      }
    },

    /** Hides or shows the built-in demo in the library (the start page still offers it). */
    async setDemoHidden(hidden: boolean): Promise<void> {
      try {
        await database.transact('readwrite', async (store) => {
          store.put(hidden, DEMO_HIDDEN);
        });
        demoHiddenInMemory = null;
        onChange({ type: 'changed' });
      } catch {
        demoHiddenInMemory = hidden;
      }
    },

    /** Closes the database connection (tests). */
    close(): void {
      database.close();
    },
  };
}

export type LibraryStorage = ReturnType<typeof createLibraryStorage>;

/** The app's library (one per page); its changes reach the other tabs. */
export const libraryStorage: LibraryStorage = createLibraryStorage({ onChange: broadcastLibraryChange });
