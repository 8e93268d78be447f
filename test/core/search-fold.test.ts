import fc from 'fast-check';
import { expect, test } from 'vitest';
import { loadFoldTable } from '../../src/core/script-convert.ts';
import { buildFoldTable, findMatches, fold, foldQuery, foldText, isSearchableQuery } from '../../src/core/search-fold.ts';

const table = await loadFoldTable();

/** Characters that exercise every part of folding: ASCII, full width, accents, Traditional, Simplified, astral. */
const tricky = fc.constantFrom(
  ...'aZ 9,.-',
  'Ａ',
  'ｚ',
  '１',
  '，',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  '㍿',
  '營',
  '营',
  '收',
  '說',
  '说',
  '臺',
  '台',
  '裡',
  '里',
  '乾',
  '𠀀',
  '😀',
  '\u3000',
);
const text = fc.oneof(fc.string({ unit: tricky, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));

test('folding ignores case and full/half width', () => {
  expect(fold('ＲＥＶＥＮＵＥ Growth，１２％')).toBe('revenue growth,12%');
});

test('folding maps Traditional and Simplified to one script', () => {
  expect(fold('營收成長', table)).toBe(fold('营收成长', table));
  expect(fold('臺灣', table)).toBe(fold('台湾', table));
});

test('a Traditional query finds Simplified text and the reverse', () => {
  expect(findMatches(foldText('本季营收成长', table), foldQuery('營收', table))).toEqual([{ start: 2, end: 4 }]);
  expect(findMatches(foldText('本季營收成長', table), foldQuery('营收', table))).toEqual([{ start: 2, end: 4 }]);
});

test('matches are reported in offsets of the original text, even when folding changes lengths', () => {
  const original = 'ﬁnal ﬁgures: ＦＩＮＡＬ';
  const matches = findMatches(foldText(original, table), foldQuery('fi', table));
  expect(matches.map(({ start, end }) => original.slice(start, end))).toEqual(['ﬁ', 'ﬁ', 'ＦＩ']);
});

test('every non-overlapping occurrence is found, in order', () => {
  expect(findMatches(foldText('Margin, margin, MARGIN'), foldQuery(' margin '))).toEqual([
    { start: 0, end: 6 },
    { start: 8, end: 14 },
    { start: 16, end: 22 },
  ]);
});

test('single Latin letters are not searched, single CJK characters are', () => {
  expect(isSearchableQuery(foldQuery('a'))).toBe(false);
  expect(isSearchableQuery(foldQuery('   '))).toBe(false);
  expect(isSearchableQuery(foldQuery('營', table))).toBe(true);
  expect(isSearchableQuery(foldQuery('ai'))).toBe(true);
});

test('the table is built from OpenCC dictionaries in stages, single characters only', () => {
  const built = buildFoldTable(['著 着|眾 衆', '衆 众|營 营|一目瞭然 一目了然']);
  expect(built.get('眾'.codePointAt(0) ?? 0)).toBe('众');
  expect(built.get('營'.codePointAt(0) ?? 0)).toBe('营');
  expect(built.has('一'.codePointAt(0) ?? 0)).toBe(false);
});

test('property: folding is idempotent', () => {
  fc.assert(
    fc.property(text, (value) => {
      const once = fold(value, table);
      expect(fold(once, table)).toBe(once);
    }),
  );
});

test('property: a match always indexes the original text and covers the query', () => {
  fc.assert(
    fc.property(text, text, fc.nat(), (before, after, cut) => {
      const source = before + after;
      const query = source.slice(cut % (source.length + 1), (cut % (source.length + 1)) + 3);
      const folded = foldQuery(query, table);
      const matches = findMatches(foldText(source, table), folded);
      let previousEnd = 0;
      for (const { start, end } of matches) {
        expect(start).toBeGreaterThanOrEqual(previousEnd);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(source.length);
        expect(fold(source.slice(start, end), table)).toContain(folded);
        previousEnd = end;
      }
    }),
  );
});

test('property: a query cut from the text (on code point boundaries) is always found', () => {
  fc.assert(
    fc.property(text, text, text, (before, middle, after) => {
      fc.pre(foldQuery(middle, table) !== '');
      const matches = findMatches(foldText(before + middle + after, table), foldQuery(middle, table));
      expect(matches.length).toBeGreaterThan(0);
    }),
  );
});
