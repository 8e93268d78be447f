import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  callDocument,
  factsChoices,
  LibraryIndex,
  parseLibraryQuery,
  periodRank,
  tokensOf,
  LIBRARY_INDEX_FORMAT,
  type CallDocument,
  type CallFacts,
  type LibraryFilters,
} from '../../src/core/library-index.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { loadFoldTable } from '../../src/core/script-convert.ts';
import { foldQuery, foldText, isSearchableQuery } from '../../src/core/search-fold.ts';
import { buildSearchIndex, chineseAsInFile, searchTranscript } from '../../src/core/transcript-search.ts';
import type { Transcript } from '../../src/core/transcript-model.ts';
import { sentenceOfTurn } from '../../src/features/reader/utils/reader-place.ts';

const table = await loadFoldTable();

const read = (path: string) => readTranscript(new Uint8Array(readFileSync(path)));
const demo = read('public/demo/lumen-harbor-q3-2026.txt');
const edge = read('test/fixtures/harbor-edge-cases.txt');
const other = read('test/fixtures/orchard-pay-q2-2025.txt');

const facts = (id: string, transcript: Transcript): CallFacts => ({
  id,
  company: transcript.meta.company,
  period: transcript.meta.period,
  title: transcript.meta.title,
});

function library(): LibraryIndex {
  const index = new LibraryIndex(table);
  index.add(callDocument('demo', demo), facts('demo', demo));
  index.add(callDocument('edge', edge), facts('edge', edge));
  index.add(callDocument('orchard', other), facts('orchard', other));
  return index;
}

describe('tokens', () => {
  test('Latin words whole, Chinese as bigrams, a lone Han character as itself', () => {
    expect(tokensOf('net expansion 112%')).toEqual(['net', 'expansion', '112']);
    expect(tokensOf('加密货币')).toEqual(['\u0001加密', '\u0001密货', '\u0001货币']);
    expect(tokensOf('ai 股 x')).toEqual(['ai', '\u0001股', 'x']);
  });

  test('a glossary word also finds its rendering in the other language; a phrase in quotes is taken as it is', () => {
    const parsed = parseLibraryQuery('加密貨幣 "gross margin"', table);
    expect(parsed.groups[0]).toEqual(expect.arrayContaining(['加密货币', 'crypto']));
    expect(parsed.groups[1]).toEqual(['gross margin']);
    expect(parsed.added).toContain('crypto');
  });

  test('a query is words and quoted phrases, folded like the in-call search', () => {
    expect(parseLibraryQuery('Crypto  "Net Expansion Rate" 營收', table).terms).toEqual(['crypto', 'net expansion rate', '营收']);
    expect(parseLibraryQuery('「淨擴張率」', table).terms).toEqual(['净扩张率']);
    expect(parseLibraryQuery('a', table).searchable).toBe(false);
  });

  test('periods sort by time', () => {
    expect(periodRank('Q4 2023')).toBeGreaterThan(periodRank('Q1 2023'));
    expect(factsChoices([facts('a', demo), facts('b', other)]).periods).toEqual(['Q3 2026', 'Q2 2025']);
  });
});

describe('search over several calls', () => {
  test('an English word and its Chinese find the call, with the sentence in both languages', () => {
    const index = library();
    for (const query of ['crypto', '加密貨幣', '加密货币', 'ＣＲＹＰＴＯ']) {
      const result = index.search(query);
      expect(result.calls.map((call) => call.id)).toEqual(['orchard']);
      const hit = result.calls[0]?.hits.find((found) => found.turn >= 0);
      expect(hit?.en?.text).toMatch(/crypto/i);
      expect(hit?.zh?.text).toContain('加密貨幣');
      expect(hit?.speaker?.role).toBe('company');
    }
  });

  test('the marks are the matches in the sentences shown', () => {
    const hit = library()
      .search('crypto')
      .calls[0]?.hits.find((found) => found.turn >= 0);
    const en = hit?.en;
    expect(en?.marks.length).toBeGreaterThan(0);
    for (const mark of en?.marks ?? []) expect(en?.text.slice(mark.start, mark.end).toLowerCase()).toMatch(/^crypto/);
  });

  test('the sentence number names the same sentence the reader opens (#s<n>)', () => {
    const hit = library()
      .search('crypto')
      .calls[0]?.hits.find((found) => found.turn >= 0);
    if (!hit?.sentence) throw new Error('no sentence');
    const place = sentenceOfTurn(other, hit.turn, hit.sentence);
    expect(place?.paragraph).toBe(hit.paragraph);
    const pair = other.turns[hit.turn]?.paragraphs[hit.paragraph];
    expect(pair?.en).toContain(hit.en?.text ?? '∅');
  });

  test('a phrase in quotes needs the words together; words alone need each in the same pair', () => {
    const index = library();
    const phrase = index.search('"net expansion rate"');
    expect(phrase.calls.map((call) => call.id)).toEqual(['orchard']);
    const scattered = index.search('"expansion net"');
    expect(scattered.pairs).toBe(0);
    expect(index.search('rate expansion net').pairs).toBeGreaterThanOrEqual(phrase.pairs);
  });

  test('filters by company, period and speaker role', () => {
    const index = library();
    const all = index.search('revenue');
    expect(all.calls.length).toBeGreaterThan(1);
    const orchard = index.search('revenue', { filters: { companies: ['Orchard Pay'] } });
    expect(orchard.calls.map((call) => call.id)).toEqual(['orchard']);
    expect(index.search('revenue', { filters: { periods: ['Q3 2026'] } }).calls.every((call) => call.period === 'Q3 2026')).toBe(true);
    const analysts = index.search('revenue', { filters: { roles: ['analyst'] } });
    expect(analysts.pairs).toBeLessThan(all.pairs);
    for (const call of analysts.calls) for (const hit of call.hits) expect(hit.speaker?.role).toBe('analyst');
  });

  test('a removed call is no longer found, and adding it again finds it once', () => {
    const index = library();
    index.remove('orchard');
    expect(index.search('crypto').calls).toEqual([]);
    expect(index.ids()).not.toContain('orchard');
    index.add(callDocument('orchard', other), facts('orchard', other));
    index.add(callDocument('orchard', other), facts('orchard', other));
    expect(index.search('crypto').calls.map((call) => call.id)).toEqual(['orchard']);
  });

  test('every matching pair is counted and ranked, whatever mix of glossary forms, phrases and filters (a scan decides)', () => {
    // Our own lines: a pair whose words could make "top line" but do not (stop … lines) must not be counted for 營收.
    const lines: CallDocument = {
      format: LIBRARY_INDEX_FORMAT,
      id: 'lines',
      speakers: [{ name: 'Ada Quill', title: 'CFO', role: 'company' }],
      paragraphs: [
        'We stop the lines at noon.',
        'Our top line grew nine percent.',
        'Desktop lineups sold out; revenue rose.',
        'Nonstop linework, top-line growth.',
      ].map((en, paragraph) => ({ turn: 0, paragraph, speaker: 0, en, zh: null })),
    };
    const documents = [callDocument('demo', demo), callDocument('edge', edge), callDocument('orchard', other), lines];
    const callFacts = [
      facts('demo', demo),
      facts('edge', edge),
      facts('orchard', other),
      { id: 'lines', company: 'Quill Lines', period: 'Q1 2024', title: 'Quill Lines Q1 2024' },
    ];
    const fold = (text: string | null) => (text === null ? '' : foldText(text, table).text);
    // '營收' mixes forms whose tokens are the match (revenue, 收入) with forms that are not (top line, 營業收入).
    const queries = ['營收', 'top line', 'revenue', 'top line', '"net expansion"', 'the', 'ex', 're 收入', '加密', 'margin 2'];
    const filterSets: LibraryFilters[] = [{}, { roles: ['analyst'] }, { companies: ['Orchard Pay'] }];
    for (const query of queries) {
      const { groups } = parseLibraryQuery(query, table);
      for (const filters of filterSets) {
        const index = library();
        index.add(lines, callFacts[3] as CallFacts);
        // A scan of every pair by the in-call rule, the reference.
        const expected = documents
          .map((document, k) => {
            const call = callFacts[k] as CallFacts;
            if (filters.companies && !filters.companies.includes(call.company ?? '')) return { call, pairs: [] };
            const pairs = document.paragraphs.filter((pair) => {
              const role = document.speakers[pair.speaker]?.role;
              if (filters.roles && (role === undefined || !filters.roles.includes(role))) return false;
              const text = `${fold(pair.en)}\u0002${fold(pair.zh)}`;
              return groups.every((group) => group.some((form) => text.includes(form)));
            });
            return { call, pairs };
          })
          .filter((entry) => entry.pairs.length > 0)
          .sort(
            (a, b) =>
              b.pairs.length - a.pairs.length ||
              periodRank(b.call.period) - periodRank(a.call.period) ||
              a.call.title.localeCompare(b.call.title),
          );
        const result = index.search(query, { filters, callLimit: 2, hitsPerCall: 3 });
        expect(result.pairs, `${query} ${JSON.stringify(filters)}`).toBe(expected.reduce((sum, entry) => sum + entry.pairs.length, 0));
        expect(result.callCount).toBe(expected.length);
        expect(result.calls.map((call) => [call.id, call.pairs, call.hits.map((hit) => `${hit.turn}:${hit.paragraph}`)])).toEqual(
          expected
            .slice(0, 2)
            .map((entry) => [entry.call.id, entry.pairs.length, entry.pairs.slice(0, 3).map((pair) => `${pair.turn}:${pair.paragraph}`)]),
        );
      }
    }
  });

  test('hits shown again after calls were added and removed are those a fresh index shows', () => {
    const index = library();
    const queries = ['revenue', 'crypto', '營收', 'margin'];
    for (const query of queries) index.search(query, { callLimit: 3, hitsPerCall: 5 });
    // Removing two of three calls compacts the index (pair ids change); adding one back gives it new ids.
    index.remove('demo');
    index.remove('edge');
    index.add(callDocument('demo', demo), facts('demo', demo));
    const fresh = new LibraryIndex(table);
    fresh.add(callDocument('orchard', other), facts('orchard', other));
    fresh.add(callDocument('demo', demo), facts('demo', demo));
    for (const query of queries) {
      expect(index.search(query, { callLimit: 3, hitsPerCall: 5 })).toEqual(fresh.search(query, { callLimit: 3, hitsPerCall: 5 }));
    }
  });

  test('all hits of one call, in reading order', () => {
    const index = library();
    const hits = index.callHits('demo', 'Lumen Route');
    expect(hits.length).toBe(index.search('Lumen Route').calls.find((call) => call.id === 'demo')?.pairs);
    const order = hits.filter((hit) => hit.turn >= 0).map((hit) => hit.turn * 1000 + hit.paragraph);
    // The summary lines (turn -1) come after the call's own words.
    expect(hits.findIndex((hit) => hit.turn < 0)).toBeGreaterThanOrEqual(order.length);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

/** Characters that make tokens hard: Latin, digits, Han (Traditional and Simplified), full width, accents, marks, astral. */
const unit = fc.constantFrom(
  ...'abcAB1 .,%-',
  'Ａ',
  'ｂ',
  '１',
  '，',
  'é',
  'e\u0301',
  'ﬁ',
  '營',
  '营',
  '收',
  '加',
  '密',
  '貨',
  '幣',
  '币',
  '𠀀',
  '\u3000',
  '"',
);
const paragraphText = fc.string({ unit, minLength: 1, maxLength: 30 });

function transcriptOf(pairs: ReadonlyArray<[string, string]>): Transcript {
  return {
    meta: { company: 'Test', title: 'Test', period: null, encoding: 'utf-8' },
    summary: [{ zh: pairs[0]?.[1] ?? '', line: 1 }],
    disclaimer: null,
    turns: [
      {
        speaker: 'A',
        title: '',
        role: 'company',
        section: 'presentation',
        line: 2,
        headerLines: [2, 3],
        paragraphs: pairs.map(([en, zh], k) => ({ en, zh, line: 4 + 2 * k, zhLine: 5 + 2 * k })),
      },
    ],
    questions: [],
    diagnostics: [],
  };
}

test('property: whatever the in-call search finds in a call, the library search finds in the same pairs', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(paragraphText, paragraphText), { minLength: 1, maxLength: 5 }),
      fc.nat(),
      fc.nat(),
      fc.integer({ min: 1, max: 6 }),
      (pairs, which, from, length) => {
        const transcript = transcriptOf(pairs);
        const all = pairs.flat();
        const source = all[which % all.length] ?? '';
        const start = from % Math.max(1, source.length);
        const query = source.slice(start, start + length);
        fc.pre(!query.includes('"'));
        const folded = foldQuery(query, table);
        // The reader searches from two Latin characters or one Chinese (isSearchableQuery), and so does the library.
        fc.pre(isSearchableQuery(folded));
        const inCall = searchTranscript(buildSearchIndex(transcript, chineseAsInFile(transcript), table), folded, { en: true, zh: true });
        fc.pre(inCall.length > 0);
        const expected = new Set(inCall.map((match) => `${match.turn}:${match.paragraph}`));
        const index = new LibraryIndex(table);
        index.add(callDocument('x', transcript), { id: 'x', company: null, period: null, title: 'x' });
        const hits = index.callHits('x', `"${query}"`, { limit: 100 });
        expect(new Set(hits.map((hit) => `${hit.turn}:${hit.paragraph}`))).toEqual(expected);
        // Unquoted, each word on its own: at least the same pairs.
        const words = new Set(index.callHits('x', query, { limit: 100 }).map((hit) => `${hit.turn}:${hit.paragraph}`));
        for (const key of expected) expect(words.has(key)).toBe(true);
      },
    ),
    { numRuns: 400 },
  );
});
