/**
 * The library index's own IndexedDB database (`duet-library-index`), apart from the library's: one record per call
 * with what the index needs to start again without parsing or tokenizing (the call's paragraphs, their folded text
 * and the call's postings as typed arrays). Records of
 * another LIBRARY_INDEX_FORMAT (or not whole) are dropped and rebuilt from the library's texts. Never throws: a store that cannot be
 * opened or written leaves the index in memory only.
 */
import { isCallPostings, LIBRARY_INDEX_FORMAT, type CallDocument, type CallFacts, type CallPostings } from '../core/library-index.ts';

export const LIBRARY_INDEX_DB = 'duet-library-index';
const VERSION = 1;
const STORE = 'calls';

/** One call as stored. */
export interface StoredIndexCall {
  format: number;
  id: string;
  textId: string;
  facts: CallFacts;
  document: CallDocument;
  folded: string[];
  /** The call's postings (read back on a later visit instead of tokenizing the text again). */
  postings: CallPostings;
}

/** True for a record of the current format with everything the index needs; anything else is deleted and rebuilt. */
export function isStoredIndexCall(value: unknown): value is StoredIndexCall {
  const call = value as Partial<StoredIndexCall> | undefined;
  return (
    call?.format === LIBRARY_INDEX_FORMAT &&
    typeof call.id === 'string' &&
    typeof call.textId === 'string' &&
    Array.isArray(call.document?.paragraphs) &&
    Array.isArray(call.folded) &&
    call.folded.length === call.document.paragraphs.length &&
    isCallPostings(call.postings, call.folded.length)
  );
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export interface IndexStore {
  /** Every stored call of the current format; records of another format are deleted. */
  loadAll(): Promise<StoredIndexCall[]>;
  put(call: StoredIndexCall): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** False once IndexedDB refused (the index then lives in memory only). */
  working(): boolean;
}

export function openIndexStore(name = LIBRARY_INDEX_DB): IndexStore {
  let ok = true;
  let opening: Promise<IDBDatabase | null> | null = null;
  const database = () => {
    opening ??= new Promise<IDBDatabase | null>((resolve) => {
      try {
        const open = indexedDB.open(name, VERSION);
        open.onupgradeneeded = () => {
          if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
        };
        open.onsuccess = () => {
          const db = open.result;
          // A newer Duet upgrading the index database in another tab: step aside.
          db.onversionchange = () => db.close();
          resolve(db);
        };
        open.onerror = () => resolve(null);
        open.onblocked = () => undefined;
      } catch {
        resolve(null);
      }
    }).then((db) => {
      if (!db) ok = false;
      return db;
    });
    return opening;
  };
  return {
    working: () => ok,
    async loadAll() {
      const db = await database();
      if (!db) return [];
      try {
        const transaction = db.transaction(STORE, 'readwrite');
        const store = transaction.objectStore(STORE);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        const calls: StoredIndexCall[] = [];
        keys.forEach((key, index) => {
          const value: unknown = values[index];
          if (isStoredIndexCall(value)) {
            calls.push(value);
          } else {
            store.delete(key);
          }
        });
        await done(transaction);
        return calls;
      } catch {
        ok = false;
        return [];
      }
    },
    async put(call) {
      const db = await database();
      if (!db) return;
      try {
        const transaction = db.transaction(STORE, 'readwrite');
        transaction.objectStore(STORE).put(call, call.id);
        await done(transaction);
      } catch {
        ok = false;
      }
    },
    async remove(ids) {
      const db = await database();
      if (!db || ids.length === 0) return;
      try {
        const transaction = db.transaction(STORE, 'readwrite');
        for (const id of ids) transaction.objectStore(STORE).delete(id);
        await done(transaction);
      } catch {
        ok = false;
      }
    },
  };
}
