/**
 * Conformance on the real sample files in ../shared/samples (read at run time, never copied here).
 * Checks what a reader can verify by eye in any such file, derived from the raw lines, not from
 * answers written down for particular files. When the folder is absent the test shows as skipped (one visible
 * skipped case), so a clone with nothing beside it still passes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';

const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');
const files = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')) : [];
/** With no samples, one case that is reported as skipped: vitest fails a file that defines no test at all. */
const cases = files.length > 0 ? files : ['(no ../shared/samples folder)'];

const INTRO = /question (?:comes|will come) from the line of (.+?) (?:with|of) (.+?)\.?$/;

test.skipIf(files.length === 0).each(cases)('%s reads the way a person reads it', (name) => {
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

  // The end of Q&A: after the last introduced analyst has been answered, the operator's next turn ends the Q&A.
  // From there to the end (the hand-back, the company's closing remarks, the sign-off) is the closing,
  // part of no question; everything from the first introduction up to it is Q&A.
  const rawTurns: Array<{ speaker: string; text: string[] }> = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line !== '' && line === lines[index + 1]) {
      rawTurns.push({ speaker: line.split(' - ')[0] ?? line, text: [] });
      index += 1;
    } else rawTurns.at(-1)?.text.push(line);
  }
  const introduces = (turn: { speaker: string; text: string[] }) =>
    turn.speaker === 'Operator' && turn.text.some((line) => INTRO.test(line));
  const lastIntro = rawTurns.findLastIndex(introduces);
  const answered = rawTurns.findIndex((turn, index) => index > lastIntro && turn.speaker !== 'Operator');
  const endOfQa = answered === -1 ? -1 : rawTurns.findIndex((turn, index) => index > answered && turn.speaker === 'Operator');
  const firstIntro = rawTurns.findIndex(introduces);
  const qaFrom = firstIntro === -1 ? rawTurns.length : firstIntro;
  transcript.turns.forEach((turn, index) => {
    const expected = index < qaFrom ? 'presentation' : endOfQa !== -1 && index >= endOfQa ? 'closing' : 'qa';
    expect([index, turn.section]).toEqual([index, expected]);
    if (expected === 'closing' && turn.speaker !== 'Operator') expect(turn.role).toBe('company');
  });
  for (const question of transcript.questions) {
    for (const index of question.turns) expect(transcript.turns[index]?.section).toBe('qa');
  }

  // These files are complete: every English paragraph has its Chinese line, nothing is left over.
  expect(transcript.diagnostics).toEqual([]);
  expect(transcript.meta.period).toMatch(/^Q[1-4] \d{4}$/);
});
