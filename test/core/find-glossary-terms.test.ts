import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FINANCE_GLOSSARY, glossaryMatches, type GlossaryTerm } from '../../src/core/finance-glossary.ts';
import { findGlossaryTerms } from '../../src/core/find-glossary-terms.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';

const terms = (en: string) => findGlossaryTerms(en).map((hit) => [hit.term.en, en.slice(hit.start, hit.end)]);

test('finds terms and their forms as whole words, in any case, with spans', () => {
  const en = 'Free cash flow rose, and we LAPPED the Orion comparison; overlap with Q4 is small.';
  expect(terms(en)).toEqual(
    expect.arrayContaining([
      ['free cash flow', 'Free cash flow'],
      ['lap', 'LAPPED'],
    ]),
  );
  // "lap" inside "overlap" is not the term.
  expect(terms(en).some(([, text]) => /overlap/i.test(text ?? ''))).toBe(false);
});

test('the longer of two overlapping terms wins, and spaces or line breaks inside a term still match', () => {
  expect(terms('Gross margin was 61%.')).toEqual([['gross margin', 'Gross margin']]);
  expect(terms('free   cash\nflow')).toEqual([['free cash flow', 'free   cash\nflow']]);
});

test('a glossary of the user’s own works the same way', () => {
  const mine: GlossaryTerm[] = [
    { en: 'harbor index', forms: ['hx'], zh: ['港口指數'], wrong: [], note: '虛構公司的自訂指標。', group: 'metric' },
  ];
  expect(findGlossaryTerms('The Harbor Index and HX both rose; hxy did not.', mine).map((hit) => hit.start)).toEqual([4, 21]);
});

/** English paragraphs to compare on: the demo call, the written check set, and the real samples when present. */
function paragraphs(): string[] {
  const texts = readTranscript(new Uint8Array(readFileSync('public/demo/lumen-harbor-q3-2026.txt'))).turns.flatMap((turn) =>
    turn.paragraphs.map((pair) => pair.en ?? ''),
  );
  const written = JSON.parse(readFileSync('test/fixtures/translation-check-set.json', 'utf8')) as Array<{ en: string }>;
  texts.push(...written.map((pair) => pair.en));
  const samples = join(process.cwd(), '..', 'shared', 'samples');
  if (existsSync(samples)) {
    for (const name of readdirSync(samples).filter((file) => file.endsWith('.txt'))) {
      const transcript = readTranscript(new Uint8Array(readFileSync(join(samples, name))));
      texts.push(...transcript.turns.flatMap((turn) => turn.paragraphs.map((pair) => pair.en ?? '')));
    }
  }
  return texts;
}

test('finds exactly what the glossary’s own term-by-term lookup finds, in one pass', () => {
  const texts = paragraphs();
  let hits = 0;
  for (const en of texts) {
    const fast = findGlossaryTerms(en).map((hit) => [hit.term.en, hit.start, hit.end]);
    const reference = glossaryMatches(en, FINANCE_GLOSSARY).map((match) => [match.term.en, match.start, match.end]);
    expect(fast, en).toEqual(reference);
    hits += fast.length;
  }
  expect(hits).toBeGreaterThan(100);
});
