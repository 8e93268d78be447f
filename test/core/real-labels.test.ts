/**
 * The real labelled set (test/fixtures/translation-check-real-labels.json) names pairs of the real samples by file and
 * English line, never by text. These tests keep the labels in step with the files: every pair of a labelled file is
 * labelled exactly once, at the line where the parser puts its English text, with kinds from the known list, and no
 * explanation copies the sample text. Without ../shared/samples the checks against the files show as skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import type { ParagraphPair } from '../../src/core/transcript-model.ts';

/** The kinds a label may name (issue 14). */
const KINDS = ['number', 'direction', 'year', 'partial', 'untranslated', 'code', 'glossary', 'merged', 'length', 'sentence'] as const;

interface RealLabel {
  file: string;
  line: number;
  expect: string[];
  why: string;
}

const labels = JSON.parse(readFileSync('test/fixtures/translation-check-real-labels.json', 'utf8')) as RealLabel[];
const files = [...new Set(labels.map((label) => label.file))];

test('every label is well formed', () => {
  expect(labels.length).toBeGreaterThan(0);
  const known = new Set<string>(KINDS);
  const problems: string[] = [];
  for (const label of labels) {
    const where = `${label.file}:${label.line}`;
    if (!/^[\w.-]+\.txt$/.test(label.file)) problems.push(`${where}: file is not a sample file name`);
    if (!Number.isInteger(label.line) || label.line < 1) problems.push(`${where}: line is not a 1-based line number`);
    if (!Array.isArray(label.expect)) problems.push(`${where}: expect is not a list`);
    else {
      for (const kind of label.expect) if (!known.has(kind)) problems.push(`${where}: unknown kind ${kind}`);
      if (new Set(label.expect).size !== label.expect.length) problems.push(`${where}: a kind is named twice`);
    }
    if (typeof label.why !== 'string' || label.why.trim().length < 5) problems.push(`${where}: no explanation`);
  }
  expect(problems).toEqual([]);
});

const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');
const present = existsSync(SAMPLES);

/** Every substring of `text` of `size` characters, without spaces (so reflowed copies are caught too). */
function windows(text: string, size: number): Set<string> {
  const squeezed = text.replace(/\s+/g, '');
  const found = new Set<string>();
  for (let start = 0; start + size <= squeezed.length; start += 1) found.add(squeezed.slice(start, start + size));
  return found;
}

describe.skipIf(!present)('real labels against ../shared/samples', () => {
  test.each(files)('%s: every pair is labelled exactly once, at its English line', (file) => {
    const path = join(SAMPLES, file);
    expect(existsSync(path), `${file} is named by the labels but missing from ../shared/samples`).toBe(true);
    const transcript = readTranscript(readFileSync(path));
    const pairs: ParagraphPair[] = transcript.turns.flatMap((turn) => turn.paragraphs);
    const englishLines = new Set(pairs.filter((pair) => pair.en !== null).map((pair) => pair.line));
    const mine = labels.filter((label) => label.file === file);
    const seen = new Map<number, number>();
    for (const label of mine) seen.set(label.line, (seen.get(label.line) ?? 0) + 1);

    const notAPair = mine.filter((label) => !englishLines.has(label.line)).map((label) => label.line);
    const twice = [...seen].filter(([, count]) => count > 1).map(([line]) => line);
    const unlabelled = [...englishLines].filter((line) => !seen.has(line));
    expect(notAPair, 'labels whose line is not the English line of a pair').toEqual([]);
    expect(twice, 'pairs labelled more than once').toEqual([]);
    expect(unlabelled, 'pairs with no label').toEqual([]);
    expect(pairs.every((pair) => pair.en !== null)).toBe(true);
  });

  test.each(files)('%s: no explanation copies the sample text', (file) => {
    const transcript = readTranscript(readFileSync(join(SAMPLES, file)));
    const byLine = new Map(transcript.turns.flatMap((turn) => turn.paragraphs).map((pair) => [pair.line, pair]));
    const copied: string[] = [];
    for (const label of labels.filter((entry) => entry.file === file)) {
      const pair = byLine.get(label.line);
      if (!pair) continue;
      // A few words (a figure, a term, a name) are fine; a clause is not: 40 characters of the English in a row, or
      // 14 characters of the Chinese in a row of which at least 10 are Chinese characters.
      const latin = windows(pair.en ?? '', 40);
      const han = new Set([...windows(pair.zh ?? '', 14)].filter((piece) => (piece.match(/[\u3400-\u9fff]/g) ?? []).length >= 10));
      const hit =
        [...windows(label.why, 40)].some((piece) => latin.has(piece)) || [...windows(label.why, 14)].some((piece) => han.has(piece));
      if (hit) copied.push(`${file}:${label.line}`);
    }
    expect(copied).toEqual([]);
  });
});
