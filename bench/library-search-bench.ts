/**
 * `npm run bench:library`: the library search engines compared on 500 generated calls (~40 MB of text, from
 * bench/generate-call.ts): build time, memory held, each keystroke's query time (p50/p95) and phrase queries.
 * Our index (src/core/library-index.ts) always runs; MiniSearch and FlexSearch run when installed
 * (`npm i --no-save minisearch@7.2.0 flexsearch@0.8.212`), each fed the same folded text and the same tokens
 * (Latin words, Chinese bigrams), with the in-call rule checking their candidates. docs/decisions/008.
 * Run with `node --expose-gc` (the npm script does) so that memory is measured after collection.
 */
import { performance } from 'node:perf_hooks';
import { callDocument, LibraryIndex, parseLibraryQuery, tokensOf, type CallDocument, type CallFacts } from '../src/core/library-index.ts';
import { readTranscript } from '../src/core/read-transcript.ts';
import { loadFoldTable } from '../src/core/script-convert.ts';
import { foldText, type FoldTable } from '../src/core/search-fold.ts';
import { generateLibraryCall } from './generate-call.ts';

const CALLS = Number(process.env.LIBRARY_CALLS ?? 500);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** What a person types, one keystroke at a time (each prefix is a query). */
const TYPED = [
  'crypto',
  '加密貨幣',
  '加密货币',
  'net expansion rate',
  '"net expansion rate"',
  'GROSS MARGIN',
  'ｇｒｏｓｓ',
  '營收',
  'the',
  'tariffs',
];
const keystrokes = TYPED.flatMap((text) => Array.from(text, (_, k) => text.slice(0, k + 1)));

function heap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

interface Engine {
  name: string;
  build: (documents: readonly CallDocument[], facts: readonly CallFacts[]) => void;
  /** Number of matching pairs (and calls) for a query. */
  query: (query: string) => { pairs: number; calls: number };
}

const table: FoldTable = await loadFoldTable();

console.log(`generating and parsing ${CALLS} calls…`);
let bytes = 0;
const documents: CallDocument[] = [];
const facts: CallFacts[] = [];
let parseMs = 0;
for (let n = 0; n < CALLS; n += 1) {
  const text = generateLibraryCall(n);
  const encoded = new TextEncoder().encode(text);
  bytes += encoded.length;
  const start = performance.now();
  const transcript = readTranscript(encoded);
  parseMs += performance.now() - start;
  const id = `call-${n}`;
  documents.push(callDocument(id, transcript));
  facts.push({ id, company: transcript.meta.company, period: transcript.meta.period, title: transcript.meta.title });
}
console.log(`${CALLS} calls, ${(bytes / 1e6).toFixed(1)} MB, parsed in ${parseMs.toFixed(0)} ms`);

/** Our index: tokens narrow, the in-call rule decides. */
function ours(): Engine {
  let index: LibraryIndex | null = null;
  return {
    name: 'own inverted index + folded check',
    build(docs, callFacts) {
      index = new LibraryIndex(table);
      docs.forEach((document, k) => index?.add(document, callFacts[k] as CallFacts));
    },
    query(query) {
      const result = index?.search(query, { callLimit: 20, hitsPerCall: 3 });
      return { pairs: result?.pairs ?? 0, calls: result?.callCount ?? 0 };
    },
  };
}

/** Every pair's folded text (English, a break, Chinese) and its call, for the libraries. */
function foldedPairs(docs: readonly CallDocument[]) {
  const texts: string[] = [];
  const calls: number[] = [];
  docs.forEach((document, call) => {
    for (const pair of document.paragraphs) {
      texts.push(`${pair.en === null ? '' : foldText(pair.en, table).text}\u0002${pair.zh === null ? '' : foldText(pair.zh, table).text}`);
      calls.push(call);
    }
  });
  return { texts, calls };
}

/** Candidates from a library, checked by the in-call rule (a library alone cannot do infix or phrase matching). */
function checked(texts: readonly string[], calls: readonly number[], query: string, ids: Iterable<number>) {
  const { groups } = parseLibraryQuery(query, table);
  if (groups.length === 0) return { pairs: 0, calls: 0 };
  let pairs = 0;
  const seen = new Set<number>();
  for (const id of ids) {
    const text = texts[id] ?? '';
    if (groups.every((group) => group.some((form) => text.includes(form)))) {
      pairs += 1;
      seen.add(calls[id] ?? -1);
    }
  }
  return { pairs, calls: seen.size };
}

async function miniSearch(): Promise<Engine | null> {
  // Optional: only when installed (--no-save), never a dependency of the app.
  const module = (await import('minisearch' as string).catch(() => null)) as { default: new (options: unknown) => MiniSearchLike } | null;
  if (!module) return null;
  interface MiniSearchLike {
    addAll(documents: unknown[]): void;
    search(query: string, options: unknown): Array<{ id: number }>;
  }
  let engine: MiniSearchLike | null = null;
  let texts: string[] = [];
  let calls: number[] = [];
  return {
    name: 'MiniSearch 7.2.0 (prefix, AND) + folded check',
    build(docs) {
      ({ texts, calls } = foldedPairs(docs));
      engine = new module.default({ fields: ['t'], tokenize: (text: string) => tokensOf(text), processTerm: (term: string) => term });
      engine.addAll(texts.map((t, id) => ({ id, t })));
    },
    query(query) {
      const ids = viaLibrary(query, (tokens) =>
        (engine?.search(tokens.join(' '), { prefix: true, combineWith: 'AND', tokenize: (text: string) => text.split(' ') }) ?? []).map(
          (hit) => hit.id,
        ),
      );
      return checked(texts, calls, query, ids ?? texts.keys());
    },
  };
}

async function flexSearch(): Promise<Engine | null> {
  const module = (await import('flexsearch' as string).catch(() => null)) as { Index: new (options: unknown) => FlexLike } | null;
  if (!module) return null;
  interface FlexLike {
    add(id: number, text: string): void;
    search(query: string, options: unknown): number[];
  }
  let engine: FlexLike | null = null;
  let texts: string[] = [];
  let calls: number[] = [];
  return {
    name: 'FlexSearch 0.8.212 (forward) + folded check',
    build(docs) {
      ({ texts, calls } = foldedPairs(docs));
      engine = new module.Index({
        tokenize: 'forward',
        encoder: { normalize: false, dedupe: false },
        encode: (text: string) => tokensOf(text),
      });
      texts.forEach((text, id) => engine?.add(id, text));
    },
    query(query) {
      const ids = viaLibrary(query, (tokens) => engine?.search(tokens.join(' '), { limit: 1_000_000, suggest: false }) ?? []);
      return checked(texts, calls, query, ids ?? texts.keys());
    },
  };
}

/**
 * Candidates through a library's own search: each form's tokens with AND, forms of a group (a glossary term's
 * renderings) united, groups intersected; null when some form has no token (then every pair is a candidate).
 */
function viaLibrary(query: string, searchTokens: (tokens: string[]) => number[]): number[] | null {
  const { groups } = parseLibraryQuery(query, table);
  let result: Set<number> | undefined;
  for (const group of groups) {
    const union = new Set<number>();
    for (const form of group) {
      const tokens = tokensOf(form);
      if (tokens.length === 0) return null;
      for (const id of searchTokens(tokens)) union.add(id);
    }
    const previous = result;
    result = previous === undefined ? union : new Set([...union].filter((id) => previous.has(id)));
  }
  return [...(result ?? [])].sort((a, b) => a - b);
}

/** No index at all: the in-call rule over every pair (the baseline). */
function scan(): Engine {
  let texts: string[] = [];
  let calls: number[] = [];
  return {
    name: 'no index: folded scan of every pair',
    build(docs) {
      ({ texts, calls } = foldedPairs(docs));
    },
    query: (query) => checked(texts, calls, query, texts.keys()),
  };
}

const engines = [ours(), scan(), await miniSearch(), await flexSearch()].filter((engine): engine is Engine => engine !== null);
const reference = new Map<string, { pairs: number; calls: number }>();
const rows: string[] = [];
for (const engine of engines) {
  const before = heap();
  const start = performance.now();
  engine.build(documents, facts);
  const buildMs = performance.now() - start;
  const held = heap() - before;
  const times: number[] = [];
  let misses = 0;
  for (let round = 0; round < 3; round += 1) {
    for (const query of keystrokes) {
      const begin = performance.now();
      const found = engine.query(query);
      times.push(performance.now() - begin);
      const expected = reference.get(query);
      if (!expected) reference.set(query, found);
      else if (round === 0 && expected.pairs !== found.pairs) misses += 1;
    }
  }
  const phrase = performance.now();
  const phraseFound = engine.query('"net expansion rate"');
  const phraseMs = performance.now() - phrase;
  rows.push(
    `| ${engine.name} | ${(buildMs / 1000).toFixed(1)} s | ${(held / 2 ** 20).toFixed(0)} MB | ${quantile(times, 0.5).toFixed(1)} ms | ${quantile(times, 0.95).toFixed(1)} ms | ${quantile(times, 1).toFixed(0)} ms | ${phraseMs.toFixed(1)} ms (${phraseFound.pairs} pairs, ${phraseFound.calls} calls) | ${misses === 0 ? 'all' : `${misses} of ${keystrokes.length} differ`} |`,
  );
  console.log(rows[rows.length - 1]);
  engine.build([], []);
}
console.log(`\n${CALLS} calls, ${(bytes / 1e6).toFixed(1)} MB, ${keystrokes.length} keystrokes × 3 rounds`);
console.log('| engine | build | memory held | keystroke p50 | p95 | max | phrase "net expansion rate" | same pairs as ours |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
