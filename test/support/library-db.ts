import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createLibraryStorage } from '../../src/features/library/api/library-storage.ts';

let databases = 0;

/** A unique IndexedDB database name for one test. */
export function freshDatabaseName(label = 'duet-test'): string {
  databases += 1;
  return `${label}-${databases}-${Math.random().toString(36).slice(2)}`;
}

/** A storage on its own fresh IndexedDB database (fake-indexeddb), with a clock the test controls. */
export function freshStorage(name = freshDatabaseName()) {
  let time = 1_000_000;
  const clock = { now: () => time, advance: (ms: number) => (time += ms) };
  const changes: unknown[] = [];
  const storage = createLibraryStorage({ name, now: clock.now, onChange: (change) => changes.push(change) });
  return { storage, clock, name, changes };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens a database with the raw IndexedDB API (as another version of Duet, or idb-keyval, would). */
export function openRaw(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    open.onupgradeneeded = () => upgrade?.(open.result);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** Writes records into the `calls` store with the raw API, in one transaction. */
export async function writeRaw(db: IDBDatabase, records: Array<[string, unknown]>): Promise<void> {
  const tx = db.transaction('calls', 'readwrite');
  for (const [key, value] of records) tx.objectStore('calls').put(value, key);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

/** Every key of the `calls` store, read with the raw API. */
export async function rawKeys(db: IDBDatabase): Promise<IDBValidKey[]> {
  return request(db.transaction('calls').objectStore('calls').getAllKeys());
}

export async function rawGet(db: IDBDatabase, key: string): Promise<unknown> {
  return request(db.transaction('calls').objectStore('calls').get(key));
}

interface V1Fixture {
  database: string;
  version: number;
  store: string;
  records: Array<
    { key: string; value: unknown } | { key: string; text: { fixture: string; company: string; lineEnding: string }; sha256: string }
  >;
}

/** A previous-format fixture's records, texts rebuilt from our own fixture and checked against their hash. */
export function v1Records(file = 'test/fixtures/library-v1.json'): Array<[string, unknown]> {
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as V1Fixture;
  return fixture.records.map((record) => {
    if ('value' in record) return [record.key, record.value];
    const base = readFileSync(`test/fixtures/${record.text.fixture}`, 'utf8');
    const text = base.replaceAll('Quillfeather Robotics', record.text.company).replaceAll('\n', record.text.lineEnding);
    if (createHash('sha256').update(text).digest('hex') !== record.sha256)
      throw new Error(`fixture text for ${record.key} does not match its hash`);
    return [record.key, text];
  });
}

/** Writes a database exactly as Duet did before schema 2: version 1, idb-keyval's store `calls`, the fixture's records. */
export async function writeV1Database(name: string, records = v1Records()): Promise<void> {
  const db = await openRaw(name, 1, (created) => created.createObjectStore('calls'));
  await writeRaw(db, records);
  db.close();
}

/** Schema 2's fixture records (same layout as schema 1's fixture, plus textIds and positions). */
export function v2Records(): Array<[string, unknown]> {
  return v1Records('test/fixtures/library-v2.json');
}

/** Writes a database exactly as Duet did with schema 2: version 2, store `calls` with its `textId` index. */
export async function writeV2Database(name: string, records = v2Records()): Promise<void> {
  const db = await openRaw(name, 2, (created) => {
    created.createObjectStore('calls').createIndex('textId', 'textId', { unique: false });
  });
  await writeRaw(db, records);
  db.close();
}

/** Empties the app's own library database (the one `libraryStorage` uses), keeping its connection open. */
export async function clearAppLibrary(): Promise<void> {
  const { libraryStorage } = await import('../../src/features/library/api/library-storage.ts');
  // Opens (and upgrades) the database through the app's storage first, so that it exists at the current version.
  await libraryStorage.listCalls();
  const db = await openRaw('duet-library');
  const tx = db.transaction('calls', 'readwrite');
  tx.objectStore('calls').clear();
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}
