/**
 * Conformance on the real sample files in ../shared/samples (read at run time, never copied here).
 * Checks what a reader can verify by eye in any such file, derived from the raw lines, not from
 * answers written down for particular files. Skips with a note when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';

const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');
const files = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')) : [];
if (files.length === 0) console.info(`note: ${SAMPLES} not found; sample conformance skipped`);

const INTRO = /question (?:comes|will come) from the line of (.+?) (?:with|of) (.+?)\.?$/;

test.skipIf(files.length === 0).each(files)('%s reads the way a person reads it', (name) => {
  const raw = readFileSync(join(SAMPLES, name), 'utf8');
  const lines = raw.split('\n');
  const transcript = readTranscript(readFileSync(join(SAMPLES, name)));

  // Turns: one per line written twice in a row.
  let doubled = 0;
  for (let index = 0; index + 1 < lines.length; index += 1) {
    if (lines[index] !== '' && lines[index] === lines[index + 1]) {
      doubled += 1;
      index += 1;
    }
  }
  expect(transcript.turns).toHaveLength(doubled);

  // Questions: one per operator introduction, with the name and firm as the operator said them.
  const introductions = lines.map((line) => INTRO.exec(line)).filter((match) => match !== null);
  expect(transcript.questions).toHaveLength(introductions.length);
  transcript.questions.forEach((question, index) => {
    expect([question.introducedAs, question.firm]).toEqual([introductions[index]?.[1], introductions[index]?.[2]]);
    expect(transcript.turns[question.turn]?.role).toBe('analyst');
    expect(question.answeredBy.length).toBeGreaterThan(0);
  });

  // Roles: the operator is the operator; everyone before Q&A presents for the company;
  // whoever takes the floor right after an introduction is an analyst.
  const qaStart = transcript.questions[0]?.introTurn ?? transcript.turns.length;
  transcript.turns.forEach((turn, index) => {
    if (turn.speaker === 'Operator') expect(turn.role).toBe('operator');
    else if (index < qaStart) expect(turn.role).toBe('company');
    const previous = transcript.turns[index - 1];
    const introduced = previous?.speaker === 'Operator' && previous.paragraphs.some((p) => INTRO.test(p.en ?? ''));
    if (introduced) expect(turn.role).toBe('analyst');
  });
  for (const question of transcript.questions) {
    for (const answerer of question.answeredBy) {
      expect(transcript.turns.find((turn) => turn.speaker === answerer)?.role).toBe('company');
    }
  }

  // These files are complete: every English paragraph has its Chinese line, nothing is left over.
  expect(transcript.diagnostics).toEqual([]);
  expect(transcript.meta.period).toMatch(/^Q[1-4] \d{4}$/);
});
