import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  callDocument,
  callPostings,
  isCallPostings,
  LibraryIndex,
  LIBRARY_INDEX_FORMAT,
  type CallFacts,
  type LibrarySearchResult,
} from '../../src/core/library-index.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { loadFoldTable } from '../../src/core/script-convert.ts';
import type { Transcript } from '../../src/core/transcript-model.ts';
import { createLibraryIndexClient } from '../../src/features/library-search/api/library-index-client.ts';
import type { LibraryCallInfo, LibraryIndexRequest, LibraryIndexResponse } from '../../src/workers/library-index-protocol.ts';
import { createLibraryIndexService } from '../../src/workers/library-index-service.ts';
import { openIndexStore } from '../../src/workers/library-index-store.ts';

const table = await loadFoldTable();
const files = {
  demo: 'public/demo/lumen-harbor-q3-2026.txt',
  edge: 'test/fixtures/harbor-edge-cases.txt',
  orchard: 'test/fixtures/orchard-pay-q2-2025.txt',
} as const;
const texts = Object.fromEntries(Object.entries(files).map(([id, path]) => [id, readFileSync(path, 'utf8')])) as Record<
  keyof typeof files,
  string
>;
const read = (id: keyof typeof files) => readTranscript(new Uint8Array(readFileSync(files[id])));
const facts = (id: string, transcript: Transcript): CallFacts => ({
  id,
  company: transcript.meta.company,
  period: transcript.meta.period,
  title: transcript.meta.title,
});
const info = (id: keyof typeof files): LibraryCallInfo => ({ ...facts(id, read(id)), textId: `${id}-text`, encoding: 'utf-8' });

/** What a search answers, without the parts that do not depend on where the postings came from. */
const answer = (result: LibrarySearchResult) => ({
  pairs: result.pairs,
  callCount: result.callCount,
  calls: result.calls.map((call) => [call.id, call.pairs, call.hits.map((hit) => [hit.turn, hit.paragraph, hit.sentence])]),
});

const QUERIES = [
  'crypto',
  'c',
  'cr',
  'cry',
  '加',
  '加密',
  '加密貨幣',
  'net expansion',
  '"net expansion rate"',
  'revenue',
  '營收',
  'the',
  'e',
  '1',
];

describe('stored postings', () => {
  test("an index read back from each call's stored postings answers exactly as one built from the text", () => {
    const built = new LibraryIndex(table);
    const stored: Array<{ id: keyof typeof files; folded: string[]; postings: ReturnType<typeof callPostings> }> = [];
    for (const id of Object.keys(files) as Array<keyof typeof files>) {
      const postings = built.add(callDocument(id, read(id)), facts(id, read(id)));
      stored.push({ id, folded: built.foldedTexts(id), postings: structuredClone(postings) });
      expect(isCallPostings(postings, built.foldedTexts(id).length)).toBe(true);
    }
    const readBack = new LibraryIndex(table);
    for (const { id, folded, postings } of stored) readBack.add(callDocument(id, read(id)), facts(id, read(id)), folded, postings);
    expect(readBack.stats()).toEqual(built.stats());
    for (const query of QUERIES)
      expect(answer(readBack.search(query, { callLimit: 50 }))).toEqual(answer(built.search(query, { callLimit: 50 })));
  });

  test('postings of another shape are refused (and the call is indexed again from its text)', () => {
    const postings = callPostings(['abc\u0002', 'abd\u0002']);
    expect(isCallPostings(postings, 2)).toBe(true);
    expect(isCallPostings(postings, 1)).toBe(false);
    expect(isCallPostings({ ...postings, offsets: Array.from(postings.offsets) }, 2)).toBe(false);
    expect(isCallPostings({ ...postings, tokens: `${postings.tokens}\u0000extra` }, 2)).toBe(false);
    expect(isCallPostings(null, 2)).toBe(false);
  });

  test('typing on narrows to the last matches and finds exactly what a fresh index finds', () => {
    const typed = new LibraryIndex(table);
    const fresh = () => {
      const index = new LibraryIndex(table);
      for (const id of Object.keys(files) as Array<keyof typeof files>) index.add(callDocument(id, read(id)), facts(id, read(id)));
      return index;
    };
    for (const id of Object.keys(files) as Array<keyof typeof files>) typed.add(callDocument(id, read(id)), facts(id, read(id)));
    for (const phrase of ['crypto revenue', '"net expansion rate"', '加密貨幣', 'gross margin', 'the other']) {
      for (let end = 1; end <= phrase.length; end += 1) {
        const query = phrase.slice(0, end);
        expect(answer(typed.search(query, { callLimit: 50 })), query).toEqual(answer(fresh().search(query, { callLimit: 50 })));
      }
      // Backspacing (a shorter query) and a filter change are not narrowed.
      expect(answer(typed.search('c', { callLimit: 50 }))).toEqual(answer(fresh().search('c', { callLimit: 50 })));
      expect(answer(typed.search('cr', { callLimit: 50, filters: { roles: ['analyst'] } }))).toEqual(
        answer(fresh().search('cr', { callLimit: 50, filters: { roles: ['analyst'] } })),
      );
    }
  });

  test('only the first calls come with their hits; all matching calls are counted', () => {
    const index = new LibraryIndex(table);
    for (const id of Object.keys(files) as Array<keyof typeof files>) index.add(callDocument(id, read(id)), facts(id, read(id)));
    const all = index.search('the', { callLimit: 50 });
    const one = index.search('the', { callLimit: 1 });
    expect(all.callCount).toBeGreaterThan(1);
    expect(one.callCount).toBe(all.callCount);
    expect(one.calls.map((call) => call.id)).toEqual(all.calls.slice(0, 1).map((call) => call.id));
  });
});

/** A service on its own fake IndexedDB database, its messages collected. */
function service(name: string) {
  const messages: LibraryIndexResponse[] = [];
  const store = openIndexStore(name);
  const running = createLibraryIndexService({ store, table: Promise.resolve(table), post: (message) => messages.push(message) });
  return { running, messages, store };
}

describe('the index service (what the worker runs)', () => {
  test('a call imported later is indexed, searchable at once, stored with its postings and read back on a later visit', async () => {
    const first = service('svc-import');
    first.running.receive({ type: 'sync', seq: 1, calls: [info('demo')] });
    await first.running.settled();
    expect(first.messages.find((message) => message.type === 'missing')).toEqual({ type: 'missing', seq: 1, ids: ['demo'] });
    first.running.receive({ type: 'add', call: info('demo'), text: texts.demo });
    // The import: the library now holds one more call; only that one is asked for.
    first.running.receive({ type: 'sync', seq: 2, calls: [info('demo'), info('orchard')] });
    await first.running.settled();
    expect(first.messages.filter((message) => message.type === 'missing').at(-1)).toEqual({ type: 'missing', seq: 2, ids: ['orchard'] });
    first.running.receive({ type: 'add', call: info('orchard'), text: texts.orchard });
    first.running.receive({ type: 'search', seq: 1, query: 'crypto', filters: {}, callLimit: 10, hitsPerCall: 3 });
    await first.running.settled();
    const added = first.messages.find((message) => message.type === 'added' && message.id === 'orchard');
    expect(added).toBeDefined();
    const results = first.messages.find((message) => message.type === 'results');
    expect(results?.type === 'results' && results.result.calls.map((call) => call.id)).toEqual(['orchard']);

    // A later visit: both calls read back (postings included), nothing asked for again, the same answer.
    const later = service('svc-import');
    const [stored] = await Promise.all([later.store.loadAll()]);
    expect(stored.map((call) => call.id).sort()).toEqual(['demo', 'orchard']);
    expect(stored.every((call) => isCallPostings(call.postings, call.folded.length))).toBe(true);
    later.running.receive({ type: 'sync', seq: 3, calls: [info('demo'), info('orchard')] });
    later.running.receive({ type: 'search', seq: 1, query: 'crypto', filters: {}, callLimit: 10, hitsPerCall: 3 });
    await later.running.settled();
    expect(later.messages.find((message) => message.type === 'missing')).toEqual({ type: 'missing', seq: 3, ids: [] });
    const again = later.messages.find((message) => message.type === 'results');
    expect(again?.type === 'results' && answer(again.result)).toEqual(results?.type === 'results' && answer(results.result));
  });

  test('stored records of another format are deleted and the calls indexed again from their texts', async () => {
    const first = service('svc-format');
    first.running.receive({ type: 'sync', seq: 4, calls: [info('orchard')] });
    first.running.receive({ type: 'add', call: info('orchard'), text: texts.orchard });
    await first.running.settled();
    const [record] = await first.store.loadAll();
    if (!record) throw new Error('not stored');
    await first.store.put({ ...record, format: LIBRARY_INDEX_FORMAT - 1 } as typeof record);
    expect(await openIndexStore('svc-format').loadAll()).toEqual([]);

    const later = service('svc-format');
    later.running.receive({ type: 'sync', seq: 5, calls: [info('orchard')] });
    await later.running.settled();
    expect(later.messages.find((message) => message.type === 'missing')).toEqual({ type: 'missing', seq: 5, ids: ['orchard'] });
  });

  test('a search superseded before its turn is not answered: only the latest is', async () => {
    const { running, messages } = service('svc-latest');
    running.receive({ type: 'sync', seq: 6, calls: [info('orchard')] });
    running.receive({ type: 'add', call: info('orchard'), text: texts.orchard });
    for (const [seq, query] of ['c', 'cr', 'cry'].entries()) {
      running.receive({ type: 'search', seq, query, filters: {}, callLimit: 10, hitsPerCall: 3 });
    }
    await running.settled();
    const answered = messages.filter((message) => message.type === 'results');
    expect(answered.map((message) => message.type === 'results' && message.seq)).toEqual([2]);
  });
});

/** A library index client over a stand-in worker: what the page posts, and a way to answer as the worker would. */
function fakeWorkerClient() {
  const posted: LibraryIndexRequest[] = [];
  const listeners: Array<(event: MessageEvent<LibraryIndexResponse>) => void> = [];
  const worker = {
    postMessage: (request: LibraryIndexRequest) => posted.push(request),
    addEventListener: (type: string, listener: (event: MessageEvent<LibraryIndexResponse>) => void) => {
      if (type === 'message') listeners.push(listener);
    },
  } as unknown as Worker;
  const client = createLibraryIndexClient(() => worker);
  const reply = (response: LibraryIndexResponse) => {
    for (const listener of listeners) listener({ data: response } as MessageEvent<LibraryIndexResponse>);
  };
  return { posted, client, reply };
}

describe('the page side: latest wins', () => {
  test('a call imported while an earlier sync is still answered is fed to the index (each sync has its own answer)', async () => {
    const { posted, client, reply } = fakeWorkerClient();
    const readText = (id: string) => Promise.resolve(id in texts ? texts[id as keyof typeof texts] : null);
    // The page loads (sync 1), then a call is imported before the worker has answered (sync 2).
    client.sync([info('demo')], readText);
    client.sync([info('demo'), info('orchard')], readText);
    const [first, second] = posted.filter((request) => request.type === 'sync');
    if (first?.type !== 'sync' || second?.type !== 'sync') throw new Error('not posted');
    reply({ type: 'missing', seq: first.seq, ids: [] });
    reply({ type: 'missing', seq: second.seq, ids: ['orchard'] });
    await expect.poll(() => posted.some((request) => request.type === 'add' && request.call.id === 'orchard')).toBe(true);
    expect(posted.filter((request) => request.type === 'add')).toHaveLength(1);
  });

  test('an answer to an older search arriving after a newer one is asked is never shown', () => {
    const { posted, client, reply } = fakeWorkerClient();
    const result = (query: string): LibrarySearchResult => ({ terms: [query], added: [], calls: [], callCount: 0, pairs: query.length });
    const ask = (query: string) => client.search({ query, filters: {}, callLimit: 10, hitsPerCall: 3 }, query);
    ask('cr');
    ask('cry');
    const [older, newer] = posted.filter((request) => request.type === 'search');
    if (older?.type !== 'search' || newer?.type !== 'search') throw new Error('not posted');
    // The newer answer first, then the older one late: the state keeps the newer.
    reply({ type: 'results', seq: newer.seq, result: result('cry'), ms: 1 });
    reply({ type: 'results', seq: older.seq, result: result('cr'), ms: 1 });
    expect(client.searchState().answered).toBe('cry');
    expect(client.searchState().result?.terms).toEqual(['cry']);
    // The older answer alone (the newer one still on its way) is not shown either.
    ask('cryp');
    reply({ type: 'results', seq: newer.seq, result: result('cry'), ms: 1 });
    expect(client.searchState().answered).toBe('cry');
    expect(client.searchState().asked).toBe('cryp');
    // Asking the same search again posts nothing.
    const count = posted.length;
    ask('cryp');
    expect(posted.length).toBe(count);
  });
});
