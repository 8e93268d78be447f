/**
 * The reader's own glossary terms, kept in the browser in an IndexedDB database of their own (`duet-glossary`, one
 * object store `terms` keyed by `id`): the library's database and its schema are left alone. Every change is told to
 * the other tabs on the BroadcastChannel `duet-glossary`.
 */
import type { OwnTerm, OwnTermInput } from '../utils/own-terms.ts';

export const GLOSSARY_DATABASE = 'duet-glossary';
const VERSION = 1;
const STORE = 'terms';
export const GLOSSARY_CHANNEL = 'duet-glossary';

/** Why the own terms could not be read or written. */
export class OwnTermsError extends Error {
  override name = 'OwnTermsError';
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new OwnTermsError(req.error?.message ?? 'IndexedDB request failed'));
  });
}

function open(name: string): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new OwnTermsError('IndexedDB is not available'));
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name, VERSION);
    opening.onupgradeneeded = () => {
      const database = opening.result;
      if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'id' });
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(new OwnTermsError(opening.error?.message ?? 'IndexedDB could not be opened'));
    opening.onblocked = () => reject(new OwnTermsError('IndexedDB is blocked by another tab'));
  });
}

/** A stored record as an own term, or null when it is not one (another version of Duet, damage). */
export function readOwnTerm(value: unknown): OwnTerm | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || typeof record.en !== 'string' || typeof record.zh !== 'string') return null;
  return {
    id: record.id,
    en: record.en,
    zh: record.zh,
    note: typeof record.note === 'string' ? record.note : '',
    wrong: Array.isArray(record.wrong) ? record.wrong.filter((item): item is string => typeof item === 'string') : [],
    added: typeof record.added === 'number' ? record.added : 0,
  };
}

let channel: BroadcastChannel | null | undefined;

function tabChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(GLOSSARY_CHANNEL) : null;
  (channel as { unref?: () => void } | null)?.unref?.();
  return channel;
}

function announce(): void {
  try {
    tabChannel()?.postMessage({ type: 'own-terms-changed' });
  } catch {
    // The other tabs catch up on their next reload.
  }
}

/** Calls `listener` whenever another tab changes the own terms; returns the unsubscribe function. */
export function subscribeOwnTerms(listener: () => void): () => void {
  const open = tabChannel();
  if (!open) return () => {};
  const onMessage = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === 'own-terms-changed') listener();
  };
  open.addEventListener('message', onMessage);
  return () => open.removeEventListener('message', onMessage);
}

/**
 * Every own term, oldest first. For the library's backup too: this is the whole of what the glossary keeps
 * (`{ id, en, zh, note, wrong, added }` each).
 */
export async function listOwnTerms(name = GLOSSARY_DATABASE): Promise<OwnTerm[]> {
  const database = await open(name);
  try {
    const values = await request(database.transaction(STORE).objectStore(STORE).getAll());
    return values
      .map(readOwnTerm)
      .filter((term): term is OwnTerm => term !== null)
      .sort((a, b) => a.added - b.added || a.id.localeCompare(b.id));
  } finally {
    database.close();
  }
}

function write(name: string, change: (store: IDBObjectStore) => void): Promise<void> {
  return open(name).then(
    (database) =>
      new Promise<void>((resolve, reject) => {
        const transaction = database.transaction(STORE, 'readwrite');
        change(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          database.close();
          announce();
          resolve();
        };
        transaction.onerror = () => {
          database.close();
          reject(new OwnTermsError(transaction.error?.message ?? 'IndexedDB write failed'));
        };
        transaction.onabort = () => {
          database.close();
          reject(new OwnTermsError(transaction.error?.message ?? 'IndexedDB write aborted'));
        };
      }),
  );
}

/** Stores a new own term (or, with the id of one, replaces it); returns it as stored. */
export async function saveOwnTerm(input: OwnTermInput & { id?: string }, name = GLOSSARY_DATABASE, now = Date.now()): Promise<OwnTerm> {
  const term: OwnTerm = {
    id: input.id ?? `t${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    en: input.en,
    zh: input.zh,
    note: input.note,
    wrong: [...input.wrong],
    added: now,
  };
  await write(name, (store) => store.put(term));
  return term;
}

/** Removes an own term. */
export function deleteOwnTerm(id: string, name = GLOSSARY_DATABASE): Promise<void> {
  return write(name, (store) => store.delete(id));
}

/** Stores terms as they are (a backup put back): each replaces the term with its id. */
export function restoreOwnTerms(terms: readonly OwnTerm[], name = GLOSSARY_DATABASE): Promise<void> {
  return write(name, (store) => {
    for (const term of terms) store.put({ ...term, wrong: [...term.wrong] });
  });
}
