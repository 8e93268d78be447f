/** @vitest-environment jsdom */
import { renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { FINANCE_GLOSSARY } from '../../src/core/finance-glossary.ts';
import { useGlossaryMarks } from '../../src/features/glossary/hooks/use-glossary-marks.ts';
import { mergedGlossary } from '../../src/features/glossary/utils/own-terms.ts';

const en = 'Free cash flow was strong, and free cash flow margin improved; guidance is unchanged.';

test('the English of a pair gets a mark at each term’s first place; the Chinese none', () => {
  const glossary = { own: [], terms: FINANCE_GLOSSARY, key: null };
  const { result } = renderHook(() => useGlossaryMarks(glossary, 'tip'));
  const marks = result.current.decorator.marks(0, 0, 'en', en);
  const texts = marks.map((mark) => en.slice(mark.start, mark.end).toLowerCase());
  expect(texts.filter((text) => text === 'free cash flow')).toHaveLength(1);
  expect(texts).toContain('guidance');
  for (const mark of marks) {
    expect(mark.attributes).toMatchObject({ tabIndex: '-1', 'aria-describedby': 'tip' });
    expect(result.current.termOf(Number(mark.attributes['data-term']))).toBeDefined();
  }
  expect(result.current.decorator.marks(0, 0, 'zh', '自由現金流強勁')).toHaveLength(0);
});

test('an own term is marked as one, and wins over a built-in term inside it', () => {
  const own = [{ id: 'a', en: 'cash flow margin', zh: '現金流利潤率', note: '', wrong: [], added: 1 }];
  const glossary = { own, terms: mergedGlossary(own), key: 'k' };
  const { result } = renderHook(() => useGlossaryMarks(glossary, 'tip'));
  const marks = result.current.decorator.marks(0, 0, 'en', 'Our cash flow margin improved.');
  const mine = marks.find((mark) => mark.className.includes('term-own'));
  expect(mine && 'Our cash flow margin improved.'.slice(mine.start, mine.end)).toBe('cash flow margin');
  expect(result.current.termOf(Number(mine?.attributes['data-term']))?.zh).toEqual(['現金流利潤率']);
});
