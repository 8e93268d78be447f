import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTranscript } from '../../src/core/read-transcript.ts';
import {
  parsePlace,
  placeOfTurn,
  placePath,
  placeTurn,
  questionAtTurn,
  questionStartTurn,
  readerHref,
  samePlace,
  sentenceNumber,
  sentenceOfTurn,
  viewOfSearch,
} from '../../src/features/reader/utils/reader-place.ts';

const demo = readTranscript(new Uint8Array(readFileSync('public/demo/lumen-harbor-q3-2026.txt')));

test('an address names the top, a question, a turn, a line of a turn or a sentence of a turn; anything else is invalid', () => {
  expect(parsePlace(demo, '', '')).toEqual({ kind: 'top' });
  expect(parsePlace(demo, 'q/3', '')).toEqual({ kind: 'question', n: 3 });
  expect(parsePlace(demo, 'q/99', '')).toEqual({ kind: 'invalid', text: 'q/99' });
  const line = demo.turns[7]?.paragraphs[1]?.line ?? 0;
  expect(parsePlace(demo, 't/7', `#L${line}`)).toEqual({ kind: 'turn', turn: 7, line });
  expect(parsePlace(demo, 't/7', '#L1')).toEqual({ kind: 'turn', turn: 7, line: null });
  expect(parsePlace(demo, 't/7', '#s2')).toEqual({ kind: 'turn', turn: 7, line: null, sentence: 2 });
  expect(parsePlace(demo, 't/7', '#s999')).toEqual({ kind: 'turn', turn: 7, line: null });
  expect(parsePlace(demo, `t/${demo.turns.length}`, '')).toEqual({ kind: 'invalid', text: `t/${demo.turns.length}` });
  expect(parsePlace(demo, 'x/1', '')).toEqual({ kind: 'invalid', text: 'x/1' });
});

test('places and addresses go both ways, with the view in the query', () => {
  for (const rest of ['', 'q/4', 't/7']) {
    const place = parsePlace(demo, rest, '');
    expect(placePath('demo', place)).toBe(rest ? `/read/demo/${rest}` : '/read/demo');
  }
  expect(readerHref('demo', { kind: 'turn', turn: 7, line: 60 }, 'zh')).toBe('/read/demo/t/7?view=zh#L60');
  expect(readerHref('demo', { kind: 'turn', turn: 7, line: null, sentence: 2 }, 'side')).toBe('/read/demo/t/7?view=side#s2');
  expect(viewOfSearch('?view=interleaved&find=x')).toBe('interleaved');
  expect(viewOfSearch('?view=sideways')).toBeNull();
});

test('the turn at the top of the reading area is named by its question when the question starts there', () => {
  for (const question of demo.questions) {
    const start = questionStartTurn(question);
    expect(placeOfTurn(demo, start)).toEqual({ kind: 'question', n: question.n });
    expect(placeTurn(demo, { kind: 'question', n: question.n })).toBe(start);
    expect(questionAtTurn(demo.questions, question.turn)?.n).toBe(question.n);
  }
  expect(placeOfTurn(demo, 0)).toEqual({ kind: 'top' });
  expect(placeOfTurn(demo, 2)).toEqual({ kind: 'turn', turn: 2, line: null });
  // Closing remarks belong to no question.
  const closing = demo.turns.findIndex((turn) => turn.section === 'closing');
  expect(closing).toBeGreaterThan(0);
  expect(questionAtTurn(demo.questions, closing)).toBeNull();
});

test('sentences are counted across a turn from 1, and found again from their number', () => {
  for (let n = 1; ; n += 1) {
    const at = sentenceOfTurn(demo, 7, n);
    if (!at) {
      expect(n).toBeGreaterThan(3);
      break;
    }
    expect(sentenceNumber(demo, 7, at.paragraph, at.index)).toBe(n);
  }
});

test('two places are the same when they name the same spot', () => {
  expect(samePlace({ kind: 'question', n: 2 }, { kind: 'question', n: 2 })).toBe(true);
  expect(samePlace({ kind: 'question', n: 2 }, { kind: 'question', n: 3 })).toBe(false);
  expect(samePlace({ kind: 'turn', turn: 4, line: null }, { kind: 'turn', turn: 4, line: null, sentence: null })).toBe(true);
  expect(samePlace({ kind: 'turn', turn: 4, line: null }, { kind: 'turn', turn: 4, line: null, sentence: 2 })).toBe(false);
  expect(samePlace({ kind: 'top' }, { kind: 'turn', turn: 0, line: null })).toBe(false);
});
