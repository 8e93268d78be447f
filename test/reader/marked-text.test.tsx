// @vitest-environment jsdom
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { MarkedText, type TextMark } from '../../src/features/reader/components/marked-text.tsx';

const text = 'Thank you, operator. Net revenue retention was 118%.';
const highlight = (start: number, end: number): TextMark => ({ start, end, element: 'mark', className: 'highlight', layer: 1 });
const term = (start: number, end: number): TextMark => ({ start, end, element: 'span', className: 'term', layer: 2 });
const match = (start: number, end: number): TextMark => ({ start, end, element: 'mark', className: 'match', layer: 3 });

test('a highlight holding a glossary term stays one highlight, with the term inside it', () => {
  const { container } = render(<MarkedText text={text} marks={[highlight(0, 20), term(11, 19)]} />);
  const highlights = container.querySelectorAll('mark.highlight');
  expect(highlights).toHaveLength(1);
  expect(highlights[0]?.textContent).toBe('Thank you, operator.');
  expect(highlights[0]?.querySelector('span.term')?.textContent).toBe('operator');
  expect(container.textContent).toBe(text);
});

test('a search match crossing a term’s edge is cut at that edge; the term stays whole', () => {
  const { container } = render(<MarkedText text={text} marks={[term(21, 42), match(37, 46)]} />);
  expect(container.querySelectorAll('span.term')).toHaveLength(1);
  expect([...container.querySelectorAll('mark.match')].map((mark) => mark.textContent)).toEqual([text.slice(37, 42), text.slice(42, 46)]);
});

test('any marks, with or without sentences, give the paragraph back exactly, and every mark covers only its own text', () => {
  const markArb = fc
    .tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom(1, 2, 3))
    .map(([a, b, layer]) => ({ start: Math.min(a, b), end: Math.max(a, b), layer }));
  fc.assert(
    fc.property(fc.array(markArb, { maxLength: 6 }), fc.boolean(), (specs, withSentences) => {
      const marks = specs.map((spec, index) => ({
        ...spec,
        element: 'mark' as const,
        className: `m${index}`,
        attributes: { 'data-i': String(index) },
      }));
      const sentences = withSentences
        ? [
            { start: 0, end: 21, attributes: {}, className: 's' },
            { start: 21, end: text.length, attributes: {}, className: 's' },
          ]
        : undefined;
      const { container, unmount } = render(<MarkedText text={text} marks={marks} {...(sentences ? { sentences } : {})} />);
      expect(container.textContent).toBe(text);
      for (const [index, mark] of marks.entries()) {
        const pieces = [...container.querySelectorAll(`[data-i="${index}"]`)].map((element) => element.textContent).join('');
        expect(pieces).toBe(text.slice(mark.start, mark.end));
      }
      unmount();
    }),
    { numRuns: 150 },
  );
});
