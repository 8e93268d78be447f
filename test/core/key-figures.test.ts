import { expect, test } from 'vitest';
import { keyFigures } from '../../src/core/key-figures.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { smallCall } from '../support/transcript-text.ts';

test('key figures list currency amounts, percentages and basis points with speaker and place, not the operator', () => {
  const transcript = parseTranscript(smallCall());
  const figures = keyFigures(transcript);
  expect(figures.map(({ text, speaker, turn, paragraph }) => [text, speaker, turn, paragraph])).toEqual([
    ['12%', 'Ana Ruiz', 1, 0],
    ['$310 million', 'Ana Ruiz', 1, 0],
    ['150 basis points', 'Ana Ruiz', 4, 0],
  ]);
  expect(figures[1]?.context).toBe('Thank you. Revenue grew 12% to $310 million.');
  expect(figures[1]?.line).toBe(transcript.turns[1]?.paragraphs[0]?.line);
});
