import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { LibraryError } from '../library-error.ts';
import { compareCalls, type CallSummary } from './call-summary.ts';

/** A call as the library keeps it: the summary record and the original text (decoded). */
export interface StoredCall {
  summary: CallSummary;
  text: string;
}

/** What happened when a call was saved. */
export interface SaveOutcome {
  /** The summary as stored (for a duplicate: the existing record with a new `openedAt`). */
  summary: CallSummary;
  /** True when the same content was already in the library (nothing new was written but the date). */
  duplicate: boolean;
  /** Null when the call is in IndexedDB; otherwise why it is only kept in memory for this tab. */
  notSaved: LibraryError | null;
}

/** The library's list, with a reason when IndexedDB could not be read. */
export interface CallList {
  calls: CallSummary[];
  /** Ids of calls kept only in this tab's memory. */
  unsavedIds: string[];
  storageProblem: LibraryError | null;
}

const SUMMARY = 'summary:';
const TEXT = 'text:';
const DEMO_HIDDEN = 'flag:demo-hidden';

/** Maps whatever IndexedDB threw to a LibraryError with plain words. */
export function toStorageError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') {
    return new LibraryError(
      'storage-full',
      'The browser’s storage for Duet is full, so this call was not saved. Delete calls you no longer need from the library, then open the file again.',
    );
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || name === 'NotAllowedError') {
    return unavailable();
  }
  return new LibraryError(
    'storage-failed',
    'The browser could not save to Duet’s library just now. The call is open; try opening the file again later.',
  );
}

function unavailable(): LibraryError {
  return new LibraryError(
    'storage-unavailable',
    'This browser is not letting Duet save anything (private browsing or storage turned off). Calls you open stay available until you close this tab.',
  );
}

/** An idb-keyval store that fails politely (a LibraryError, not a ReferenceError) when IndexedDB does not exist. */
function openDefaultStore(): UseStore {
  let store: UseStore | null = null;
  return (mode, callback) => {
    if (typeof indexedDB === 'undefined') return Promise.reject(unavailable());
    try {
      store ??= createStore('duet-library', 'calls');
      return store(mode, callback);
    } catch (error) {
      return Promise.reject(toStorageError(error));
    }
  };
}

/**
 * The library's storage: IndexedDB through idb-keyval, one object store holding
 * `summary:<id>` (small record) and `text:<id>` (the decoded text) per call,
 * with an in-memory fallback for calls that could not be saved.
 */
export function createLibraryStorage(store: UseStore = openDefaultStore(), now: () => number = Date.now) {
  /** Calls that could not be written to IndexedDB: readable until the tab closes. */
  const memory = new Map<string, StoredCall>();
  let demoHiddenInMemory: boolean | null = null;

  async function attempt<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error);
    }
  }

  return {
    /** Every call, newest first, reading only the summary records. */
    async listCalls(): Promise<CallList> {
      let stored: CallSummary[] = [];
      let storageProblem: LibraryError | null = null;
      try {
        const summaryKeys = (await attempt(() => keys<IDBValidKey>(store))).filter(
          (key): key is string => typeof key === 'string' && key.startsWith(SUMMARY),
        );
        const records = await attempt(() => getMany<CallSummary>(summaryKeys, store));
        stored = records.filter((record): record is CallSummary => record !== undefined && record.format === 1);
      } catch (error) {
        storageProblem = toStorageError(error);
      }
      const ids = new Set(stored.map((summary) => summary.id));
      const unsaved = [...memory.values()].map((call) => call.summary).filter((summary) => !ids.has(summary.id));
      return {
        calls: [...stored, ...unsaved].sort(compareCalls),
        unsavedIds: unsaved.map((summary) => summary.id),
        storageProblem,
      };
    },

    /** True when the call is only in this tab's memory (not saved in IndexedDB). */
    isUnsaved(id: string): boolean {
      return memory.has(id);
    },

    /** One call's summary and text, or undefined when it is not in the library. */
    async getCall(id: string): Promise<StoredCall | undefined> {
      const inMemory = memory.get(id);
      if (inMemory) return inMemory;
      const [summary, text] = await attempt(() => getMany<unknown>([SUMMARY + id, TEXT + id], store));
      if (!isSummary(summary) || typeof text !== 'string') return undefined;
      return { summary, text };
    },

    /**
     * Saves a call. The same content (same id) is not stored twice: only its `openedAt` moves.
     * When IndexedDB fails the call is kept in memory and the outcome says why it was not saved.
     */
    async saveCall(call: StoredCall): Promise<SaveOutcome> {
      const inMemory = memory.get(call.summary.id);
      try {
        const [existing] = await attempt(() => getMany<unknown>([SUMMARY + call.summary.id], store));
        if (isSummary(existing)) {
          const summary: CallSummary = { ...existing, openedAt: now() };
          await attempt(() => setMany([[SUMMARY + summary.id, summary]], store));
          return { summary, duplicate: true, notSaved: null };
        }
        // Text first and summary in the same transaction: a listed call always has its text.
        await attempt(() =>
          setMany(
            [
              [TEXT + call.summary.id, call.text],
              [SUMMARY + call.summary.id, call.summary],
            ],
            store,
          ),
        );
        memory.delete(call.summary.id);
        return { summary: call.summary, duplicate: false, notSaved: null };
      } catch (error) {
        const summary: CallSummary = inMemory ? { ...inMemory.summary, openedAt: now() } : call.summary;
        memory.set(summary.id, { summary, text: call.text });
        return { summary, duplicate: inMemory !== undefined, notSaved: toStorageError(error) };
      }
    },

    /** Removes a call and returns it, so that it can be put back (undo). */
    async deleteCall(id: string): Promise<StoredCall | undefined> {
      const inMemory = memory.get(id);
      if (inMemory) {
        memory.delete(id);
        return inMemory;
      }
      const removed = await this.getCall(id);
      if (!removed) return undefined;
      await attempt(() => delMany([SUMMARY + id, TEXT + id], store));
      return removed;
    },

    /** Puts a deleted call back exactly as it was (undo). */
    async restoreCall(call: StoredCall): Promise<SaveOutcome> {
      try {
        await attempt(() =>
          setMany(
            [
              [TEXT + call.summary.id, call.text],
              [SUMMARY + call.summary.id, call.summary],
            ],
            store,
          ),
        );
        return { summary: call.summary, duplicate: false, notSaved: null };
      } catch (error) {
        memory.set(call.summary.id, call);
        return { summary: call.summary, duplicate: false, notSaved: toStorageError(error) };
      }
    },

    /** Whether the person removed the built-in demo from their library. */
    async isDemoHidden(): Promise<boolean> {
      if (demoHiddenInMemory !== null) return demoHiddenInMemory;
      try {
        const [flag] = await attempt(() => getMany<unknown>([DEMO_HIDDEN], store));
        return flag === true;
      } catch {
        return false;
      }
    },

    /** Hides or shows the built-in demo in the library (the start page still offers it). */
    async setDemoHidden(hidden: boolean): Promise<void> {
      try {
        await attempt(() => setMany([[DEMO_HIDDEN, hidden]], store));
        demoHiddenInMemory = null;
      } catch {
        demoHiddenInMemory = hidden;
      }
    },
  };
}

export type LibraryStorage = ReturnType<typeof createLibraryStorage>;

function isSummary(value: unknown): value is CallSummary {
  return typeof value === 'object' && value !== null && 'format' in value && value.format === 1 && 'id' in value;
}

/** The app's library (one per page). */
export const libraryStorage: LibraryStorage = createLibraryStorage();
