/** @vitest-environment jsdom */
import { act, cleanup, renderHook } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import type { TextMatch } from '../../src/core/transcript-search.ts';
import { filtersReducer, NO_FILTERS } from '../../src/features/reader/hooks/use-reader-filters.ts';
import { useQuestionNavigation } from '../../src/features/reader/hooks/use-question-navigation.ts';
import { useReaderJumps } from '../../src/features/reader/hooks/use-reader-jumps.ts';
import { useReaderKeys } from '../../src/features/reader/hooks/use-reader-keys.ts';
import type { ReaderLocation } from '../../src/features/reader/hooks/use-reader-place.ts';
import { useReadingPosition } from '../../src/features/reader/hooks/use-reading-position.ts';
import type { ReaderPlace } from '../../src/features/reader/utils/reader-place.ts';

afterEach(cleanup);

const demo = readTranscript(new Uint8Array(readFileSync('public/demo/lumen-harbor-q3-2026.txt')));

function location(place: ReaderPlace, key: string, moves = true, pop = false): ReaderLocation {
  return {
    place,
    view: 'side',
    key,
    moves,
    pop,
    find: '',
    hrefFor: () => '',
    goTo: () => {},
    showPlace: () => {},
    setView: () => {},
  };
}

test('filters are one state: turning one on keeps the other; a hidden jump target turns both off and says which', () => {
  const speaker = filtersReducer(NO_FILTERS, { type: 'speaker', name: 'Helen Park' });
  const both = filtersReducer(speaker, { type: 'only-flagged', on: true });
  expect(both).toEqual({ speaker: 'Helen Park', onlyFlagged: true, revealed: null });
  const revealed = filtersReducer(both, { type: 'reveal' });
  expect(revealed).toEqual({ speaker: null, onlyFlagged: false, revealed: { speaker: 'Helen Park', onlyFlagged: true } });
  expect(filtersReducer(revealed, { type: 'dismiss' }).revealed).toBeNull();
  // Nothing to reveal: the state stays the same object (no re-render).
  expect(filtersReducer(NO_FILTERS, { type: 'reveal' })).toBe(NO_FILTERS);
});

test('jumps: the opening place first, then each new history entry, never the reader’s own quiet updates, then search matches', () => {
  const match = (index: number): TextMatch => ({ index, turn: 5, paragraph: 0, side: 'en', start: 0, end: 3 });
  const { result, rerender } = renderHook(
    ({ at, selection, current }: { at: ReaderLocation; selection: number; current: TextMatch | null }) =>
      useReaderJumps(at, { kind: 'question', n: 2 }, { current, selection }),
    { initialProps: { at: location({ kind: 'top' }, 'a'), selection: 0, current: null as TextMatch | null } },
  );
  expect(result.current).toMatchObject({ kind: 'place', place: { kind: 'question', n: 2 }, focus: false });
  const opening = result.current;

  rerender({ at: location({ kind: 'turn', turn: 4, line: null }, 'b', false), selection: 0, current: null });
  expect(result.current).toBe(opening);

  rerender({ at: location({ kind: 'question', n: 5 }, 'c'), selection: 0, current: null });
  expect(result.current).toMatchObject({ kind: 'place', place: { kind: 'question', n: 5 }, focus: true });

  rerender({ at: location({ kind: 'question', n: 3 }, 'd', true, true), selection: 0, current: null });
  expect(result.current).toMatchObject({ kind: 'place', place: { kind: 'question', n: 3 }, focus: false });

  rerender({ at: location({ kind: 'question', n: 3 }, 'd', true, true), selection: 1, current: match(7) });
  expect(result.current).toMatchObject({ kind: 'match', match: { index: 7 } });
  const first = result.current.key;
  rerender({ at: location({ kind: 'question', n: 3 }, 'd', true, true), selection: 2, current: match(7) });
  expect(result.current.key).not.toBe(first);
});

test('j and k count from the question the address names, and a second press before the first arrives goes on', () => {
  const goTo = vi.fn();
  const { result, rerender } = renderHook(
    ({ place, key }: { place: ReaderPlace; key: string }) => useQuestionNavigation(demo, place, key, goTo),
    {
      initialProps: { place: { kind: 'question', n: 3 } as ReaderPlace, key: 'a' },
    },
  );
  expect(result.current.current).toBe(3);
  act(() => result.current.next());
  act(() => result.current.next());
  expect(goTo.mock.calls.map(([place]) => place)).toEqual([
    { kind: 'question', n: 4 },
    { kind: 'question', n: 5 },
  ]);
  // The address arrives: it rules again, also after a later return to the entry the presses were made from.
  rerender({ place: { kind: 'question', n: 5 }, key: 'b' });
  expect(result.current.current).toBe(5);
  rerender({ place: { kind: 'question', n: 3 }, key: 'a' });
  expect(result.current.current).toBe(3);
  // From the prepared remarks, j goes to the first question; k does nothing.
  goTo.mockClear();
  rerender({ place: { kind: 'turn', turn: 2, line: null }, key: 'c' });
  act(() => result.current.previous());
  expect(goTo).not.toHaveBeenCalled();
  act(() => result.current.next());
  expect(goTo).toHaveBeenCalledWith({ kind: 'question', n: 1 });
});

test('a call opens where the reader left it (and the address says so), and every place is saved', () => {
  const save = vi.fn();
  const showPlace = vi.fn();
  const question = demo.questions[3];
  if (!question) throw new Error('the demo has questions');
  const start = Math.min(question.introTurn, question.turn);
  const { result, rerender } = renderHook(
    ({ place }: { place: ReaderPlace }) => useReadingPosition(demo, { ...location(place, 'a'), showPlace }, { turn: start }, save),
    { initialProps: { place: { kind: 'top' } as ReaderPlace } },
  );
  expect(result.current).toEqual({ kind: 'question', n: question.n });
  expect(showPlace).toHaveBeenCalledWith({ kind: 'question', n: question.n });
  rerender({ place: { kind: 'turn', turn: 9, line: null } });
  expect(save).toHaveBeenLastCalledWith({ turn: 9, question: expect.any(Number), view: 'side' });
  // An address that names a place wins over the remembered one.
  const named = renderHook(() =>
    useReadingPosition(demo, { ...location({ kind: 'question', n: 1 }, 'x'), showPlace }, { turn: start }, save),
  );
  expect(named.result.current).toEqual({ kind: 'question', n: 1 });
});

test('reader keys: j/k/n/p, / and Ctrl+F to search, ? for help; none of them while typing', () => {
  const handlers = { nextQuestion: vi.fn(), previousQuestion: vi.fn(), focusSearch: vi.fn(), showShortcuts: vi.fn() };
  renderHook(() => useReaderKeys(handlers));
  const press = (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  press('j');
  press('n');
  press('k');
  press('/');
  press('f', document.body, { ctrlKey: true });
  press('?');
  expect(handlers.nextQuestion).toHaveBeenCalledTimes(2);
  expect(handlers.previousQuestion).toHaveBeenCalledTimes(1);
  expect(handlers.focusSearch).toHaveBeenCalledTimes(2);
  expect(handlers.showShortcuts).toHaveBeenCalledTimes(1);
  const input = document.createElement('input');
  document.body.append(input);
  press('j', input);
  press('f', input, { ctrlKey: true });
  expect(handlers.nextQuestion).toHaveBeenCalledTimes(2);
  expect(handlers.focusSearch).toHaveBeenCalledTimes(2);
  input.remove();
});
