import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';

interface Expected {
  company: string;
  period: string;
  summaryLines: number;
  turnCount: number;
  paragraphCount: number;
  /** The sections in order, each with its number of turns. */
  sections: Array<[string, number]>;
  missingTranslations: number[];
  speakers: Record<string, string>;
  questions: Array<{ n: number; introducedAs: string; firm: string; asker: string; answeredBy: string[] }>;
}

const FIXTURES = [
  ['public/demo/lumen-harbor-q3-2026.txt', 'test/fixtures/lumen-harbor-q3-2026.expected.json'],
  ['test/fixtures/harbor-edge-cases.txt', 'test/fixtures/harbor-edge-cases.expected.json'],
] as const;

test.each(FIXTURES)('%s parses to the hand-written expectations', (file, expectationsFile) => {
  const expected = JSON.parse(readFileSync(expectationsFile, 'utf8')) as Expected;
  const transcript = readTranscript(readFileSync(file));
  expect(transcript.meta.company).toBe(expected.company);
  expect(transcript.meta.period).toBe(expected.period);
  expect(transcript.summary).toHaveLength(expected.summaryLines);
  expect(transcript.disclaimer?.text).toMatch(/^使用警語/);
  expect(transcript.turns).toHaveLength(expected.turnCount);
  expect(transcript.turns.flatMap((turn) => turn.paragraphs)).toHaveLength(expected.paragraphCount);
  const sections: Array<[string, number]> = [];
  for (const turn of transcript.turns) {
    const last = sections.at(-1);
    if (last?.[0] === turn.section) last[1] += 1;
    else sections.push([turn.section, 1]);
  }
  expect(sections).toEqual(expected.sections);
  // No closing turn belongs to a question.
  for (const question of transcript.questions) {
    for (const index of question.turns) expect(transcript.turns[index]?.section).toBe('qa');
  }
  expect(transcript.diagnostics.map((diagnostic) => [diagnostic.kind, diagnostic.line])).toEqual(
    expected.missingTranslations.map((line) => ['missing-translation', line]),
  );
  expect(Object.fromEntries(transcript.turns.map((turn) => [turn.speaker, turn.role]))).toEqual(expected.speakers);
  expect(
    transcript.questions.map(({ n, introducedAs, firm, asker, answeredBy }) => ({ n, introducedAs, firm, asker, answeredBy })),
  ).toEqual(expected.questions);
});

test('the substitute analyst in the demo call is named, and the question points at their turn', () => {
  const transcript = readTranscript(readFileSync('public/demo/lumen-harbor-q3-2026.txt'));
  const substituted = transcript.questions.filter((question) => question.substitute !== null);
  expect(substituted.map((question) => [question.substitute, question.introducedAs])).toEqual([['Owen', 'Priya Natarajan']]);
  const turn = transcript.turns[substituted[0]?.turn ?? -1];
  expect(turn?.speaker).toBe('Unidentified Analyst');
  expect(turn?.paragraphs[0]?.en).toMatch(/^This is Owen on for Priya Natarajan/);
});

test('the missing translation in the edge-case call leaves the following paragraphs paired', () => {
  const transcript = readTranscript(readFileSync('test/fixtures/harbor-edge-cases.txt'));
  const turn = transcript.turns.find((candidate) => candidate.paragraphs.some((paragraph) => paragraph.line === 71));
  const index = turn?.paragraphs.findIndex((paragraph) => paragraph.line === 71) ?? -1;
  expect(turn?.paragraphs[index]?.zh).toBeNull();
  for (const paragraph of turn?.paragraphs.slice(index + 1) ?? []) {
    expect(paragraph.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(paragraph.zhLine).toBe(paragraph.line + 1);
  }
});
