// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { alignSentences } from '../../src/core/align-sentences.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { splitChineseSentences, splitEnglishSentences } from '../../src/core/split-sentences.ts';
import { PairRow, type PairRowProps } from '../../src/features/reader/components/pair-row.tsx';
import type { RowLabels } from '../../src/features/reader/components/reader-rows.tsx';

const transcript = readTranscript(new Uint8Array(readFileSync('test/fixtures/orchard-pay-q2-2025.txt')));
// A pair with at least three aligned sentences.
const [turn, paragraph] = (() => {
  for (const [t, value] of transcript.turns.entries())
    for (const [p, pair] of value.paragraphs.entries())
      if (pair.en && pair.zh && splitEnglishSentences(pair.en).length >= 3) return [t, p] as const;
  throw new Error('no pair with three sentences');
})();
const pair = transcript.turns[turn]?.paragraphs[paragraph];
const alignment = alignSentences(
  pair?.en ?? '',
  pair?.zh ?? '',
  splitEnglishSentences(pair?.en ?? ''),
  splitChineseSentences(pair?.zh ?? ''),
);
afterEach(cleanup);

const labels = new Proxy(
  { roles: {}, sections: {}, uiLanguage: 'en' },
  { get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? String(key) },
) as unknown as RowLabels;

function props(pinnedLink: number | null, withAlignment: boolean): PairRowProps {
  return {
    transcript,
    turn,
    paragraph,
    zh: undefined,
    zhLang: 'zh-Hant',
    enMarks: [],
    zhMarks: [],
    current: false,
    flags: undefined,
    labels,
    alignment: withAlignment ? alignment : null,
    pinnedLink,
    oneLanguage: null,
    accordion: false,
    onQuote: () => undefined,
  };
}

const litLinks = (container: HTMLElement) =>
  [...container.querySelectorAll('.para-en .s-lit')].map((node) => node.getAttribute('data-link'));

test('a sentence deep link known only once the row is aligned still lights its sentence', () => {
  const { container, rerender } = render(<PairRow {...props(null, false)} />);
  expect(litLinks(container)).toEqual([]);
  rerender(<PairRow {...props(1, true)} />);
  expect(litLinks(container).length).toBeGreaterThan(0);
  expect(new Set(litLinks(container))).toEqual(new Set(['1']));
});

test('when the alignment changes and the pinned sentence is another link, the lit one follows', () => {
  const { container, rerender } = render(<PairRow {...props(0, true)} />);
  expect(new Set(litLinks(container))).toEqual(new Set(['0']));
  rerender(<PairRow {...props(2, true)} />);
  expect(new Set(litLinks(container))).toEqual(new Set(['2']));
});

test('the copy tools come with the pair that is focused or pointed at, next in the Tab order, and go when it is left', async () => {
  const user = userEvent.setup();
  const { container } = render(
    <>
      <PairRow {...props(null, true)} />
      <button type="button">after</button>
    </>,
  );
  const row = container.querySelector<HTMLElement>('.pair');
  if (!row) throw new Error('no pair');
  expect(screen.queryByRole('button', { name: 'copyQuote' })).toBeNull();
  await user.tab();
  expect(document.activeElement).toBe(row);
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'copyQuote' }));
  await user.tab();
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
  expect(screen.queryByRole('button', { name: 'copyQuote' })).toBeNull();
  await user.hover(row);
  expect(screen.getByRole('button', { name: 'copyQuote' })).toBeTruthy();
  await user.unhover(row);
  expect(screen.queryByRole('button', { name: 'copyQuote' })).toBeNull();
});
