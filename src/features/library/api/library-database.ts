import { LibraryError } from '../library-error.ts';

/**
 * The library's IndexedDB database, opened by hand (a few lines of IDB instead of idb-keyval, which opens databases
 * without a version and so can neither upgrade a schema nor hear `versionchange`). docs/decisions/002.
 *
 * Schema history (each step is a migration in `upgradeLibrary`, tested against a database written by the step before):
 *   1  idb-keyval's layout: one object store `calls` with out-of-line string keys
 *      `summary:<id>` (CallSummary), `text:<id>` (the decoded text) and `flag:demo-hidden`.
 *   2  + index `textId` on `calls` (only summary records carry that property, so only they are indexed);
 *      + `position:<id>` records (the reading position) in the same store. Records written by version 1 are kept
 *      as they are; their `textId` is added by a pass after opening (hashing is asynchronous, an upgrade is not).
 *   3  + object store `notes` (highlights and notes, key path `id`, index `callId`); the `calls` store is untouched.
 */
export const LIBRARY_DB_NAME = 'duet-library';
export const LIBRARY_DB_VERSION = 3;
export const CALLS_STORE = 'calls';
export const TEXT_ID_INDEX = 'textId';
export const NOTES_STORE = 'notes';
export const NOTE_CALL_INDEX = 'callId';
/** Keys of the `calls` store: `summary:<id>`, `text:<id>`, `position:<id>`. */
export const SUMMARY_KEY = 'summary:';
export const TEXT_KEY = 'text:';
export const POSITION_KEY = 'position:';

/**
 * The connection's state, for the interface: 'blocked' while an older Duet in another tab holds the database open
 * and the upgrade waits for it; 'outdated' once a newer Duet in another tab asked to upgrade (this page closed its
 * connection and must be reloaded).
 */
export type ConnectionState = 'ok' | 'blocked' | 'outdated';

/** Resolves with a request's result, rejects with its error. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException('The request failed.', 'UnknownError'));
  });
}

/** Migrations from `oldVersion` to LIBRARY_DB_VERSION, inside the upgrade transaction (all or nothing). */
export function upgradeLibrary(database: IDBDatabase, transaction: IDBTransaction, oldVersion: number): void {
  // Version 0 → 1: a new database (idb-keyval created the same store).
  if (!database.objectStoreNames.contains(CALLS_STORE)) database.createObjectStore(CALLS_STORE);
  const calls = transaction.objectStore(CALLS_STORE);
  // Version 1 → 2: look calls up by the hash of their text.
  if (oldVersion < 2 && !calls.indexNames.contains(TEXT_ID_INDEX)) calls.createIndex(TEXT_ID_INDEX, 'textId', { unique: false });
  // Version 2 → 3: highlights and notes, in a store of their own.
  if (!database.objectStoreNames.contains(NOTES_STORE)) {
    const notes = database.createObjectStore(NOTES_STORE, { keyPath: 'id' });
    notes.createIndex(NOTE_CALL_INDEX, 'callId', { unique: false });
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** Maps whatever IndexedDB threw to a LibraryError with plain words. */
export function toStorageError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return new LibraryError(
      'storage-full',
      'The browser’s storage for Duet is full, so this call was not saved. Delete calls you no longer need from the library, then open the file again.',
    );
  }
  if (name === 'VersionError') return outdatedError();
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || name === 'NotAllowedError') {
    return unavailableError();
  }
  return new LibraryError(
    'storage-failed',
    'The browser could not save to Duet’s library just now. The call is open; try opening the file again later.',
  );
}

export function unavailableError(): LibraryError {
  return new LibraryError(
    'storage-unavailable',
    'This browser is not letting Duet save anything (private browsing or storage turned off). Calls you open stay available until you close this tab.',
  );
}

export function outdatedError(): LibraryError {
  return new LibraryError(
    'storage-outdated',
    'Duet was updated in another tab, and this page has let go of the library so that the update can finish. Reload this page to keep using your library.',
  );
}

function upgradeFailedError(): LibraryError {
  return new LibraryError(
    'storage-upgrade-failed',
    'Duet could not upgrade your library to this version. Your calls are stored as they were; reload the page to try again.',
  );
}

/** One IndexedDB database with its connection state. */
export interface LibraryDatabase {
  /**
   * Runs `body` in one transaction over the calls store and resolves with its value once the transaction has
   * committed; nothing of it is kept when it fails. `body` may only await requests of this transaction.
   */
  transact<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T>): Promise<T>;
  /** The same over several stores (by name) in one transaction. */
  transactStores<T>(stores: readonly string[], mode: IDBTransactionMode, body: (transaction: IDBTransaction) => Promise<T>): Promise<T>;
  state(): ConnectionState;
  subscribe(listener: () => void): () => void;
  /** Closes the connection (tests; a page never needs to). */
  close(): void;
}

/**
 * Opens the library's database lazily, on the first transaction. Hears `versionchange` (a newer Duet in another tab
 * wants to upgrade): closes the connection at once so that the other tab is not blocked, and says 'outdated'.
 */
export function openLibraryDatabase(name: string = LIBRARY_DB_NAME): LibraryDatabase {
  let connection: Promise<IDBDatabase> | null = null;
  let current: ConnectionState = 'ok';
  const listeners = new Set<() => void>();
  const setState = (next: ConnectionState) => {
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener();
  };

  function connect(): Promise<IDBDatabase> {
    if (current === 'outdated') return Promise.reject(outdatedError());
    if (typeof indexedDB === 'undefined') return Promise.reject(unavailableError());
    connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      let request: IDBOpenDBRequest;
      try {
        request = indexedDB.open(name, LIBRARY_DB_VERSION);
      } catch (error) {
        reject(toStorageError(error));
        return;
      }
      let upgradeFailed = false;
      request.onupgradeneeded = (event) => {
        const transaction = request.transaction;
        if (!transaction) return;
        try {
          upgradeLibrary(request.result, transaction, event.oldVersion);
        } catch {
          upgradeFailed = true;
          transaction.abort();
        }
      };
      request.onblocked = () => setState('blocked');
      request.onsuccess = () => {
        const database = request.result;
        database.onversionchange = () => {
          database.close();
          connection = null;
          setState('outdated');
        };
        // The browser closed it (storage cleared, disk error): open again on the next transaction.
        database.onclose = () => {
          connection = null;
        };
        if (current === 'blocked') setState('ok');
        resolve(database);
      };
      request.onerror = () => {
        connection = null;
        if (current === 'blocked') setState('ok');
        const error = request.error;
        reject(upgradeFailed || errorName(error) === 'AbortError' ? upgradeFailedError() : toStorageError(error));
      };
    });
    return connection;
  }

  async function transactStores<T>(
    stores: readonly string[],
    mode: IDBTransactionMode,
    body: (transaction: IDBTransaction) => Promise<T>,
  ): Promise<T> {
    const database = await connect();
    let transaction: IDBTransaction;
    try {
      transaction = database.transaction([...stores], mode);
    } catch (error) {
      // Closed under us (versionchange, or the browser): say so in plain words.
      throw current === 'outdated' ? outdatedError() : toStorageError(error);
    }
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(toStorageError(transaction.error ?? new DOMException('Aborted.', 'AbortError')));
    });
    let value: T;
    try {
      value = await body(transaction);
    } catch (error) {
      try {
        transaction.abort();
      } catch {
        // Already finished or aborting.
      }
      committed.catch(() => undefined);
      throw toStorageError(error);
    }
    await committed;
    return value;
  }

  return {
    transact: <T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T>): Promise<T> =>
      transactStores([CALLS_STORE], mode, (transaction) => body(transaction.objectStore(CALLS_STORE))),
    transactStores,
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      void connection?.then((database) => database.close()).catch(() => undefined);
      connection = null;
    },
  };
}
