import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { keyFigures } from '../../src/core/key-figures.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import type { Transcript } from '../../src/core/transcript-model.ts';
import { checkPair, checkTranslation } from '../../src/core/translation-checks.ts';
import { createCheckJob } from '../../src/features/translation-checks/utils/check-job.ts';
import { checkWording, notesByPair } from '../../src/features/translation-checks/utils/check-wording.ts';
import { translationChecksMessages } from '../../src/features/translation-checks/messages.ts';

const SAMPLES = '../shared/samples';

function read(path: string): Transcript {
  return readTranscript(new Uint8Array(readFileSync(path)));
}

/** A clock that advances one tick per reading, so `step` stops after a few units of work. */
function tickingClock() {
  let now = 0;
  return () => (now += 1);
}

const calls: Array<[string, Transcript]> = [
  ['demo call', read('public/demo/lumen-harbor-q3-2026.txt')],
  ['edge-case fixture', read('test/fixtures/harbor-edge-cases.txt')],
];
/** The real samples, read in the test when ../shared/samples exists; otherwise one case shown as skipped. */
const samples = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')) : [];
const sampleCases: Array<[string, string]> =
  samples.length > 0
    ? samples.map((name, index): [string, string] => [`sample ${index + 1}`, join(SAMPLES, name)])
    : [['real samples (no ../shared/samples folder)', '']];

/** The sliced job, run whole and in many slices, gives exactly what the core gives in one go. */
function expectSlicedJobMatchesCore(transcript: Transcript): void {
  const expected = { checks: checkTranslation(transcript), figures: keyFigures(transcript) };
  // All at once.
  const whole = createCheckJob(transcript);
  expect(whole.step(Number.POSITIVE_INFINITY)).toBe(true);
  expect(whole.results()).toEqual(expected);
  // A few units of work per slice: many slices.
  for (const units of [1, 2, 7]) {
    const job = createCheckJob(transcript);
    const clock = tickingClock();
    let slices = 1;
    while (!job.step(clock() + units, clock)) slices += 1;
    expect(slices).toBeGreaterThan(units === 1 ? transcript.turns.length : 1);
    expect(job.results()).toEqual(expected);
  }
}

test.each(calls)('the sliced job gives exactly the core results, whatever the slice size (%s)', (_, transcript) => {
  expectSlicedJobMatchesCore(transcript);
});

test.skipIf(samples.length === 0).each(sampleCases)(
  'the sliced job gives exactly the core results, whatever the slice size (%s)',
  (_, path) => {
    expectSlicedJobMatchesCore(read(path));
  },
);

test('an empty call is done at once', () => {
  const job = createCheckJob({ turns: [] });
  expect(job.step(0, () => 1)).toBe(true);
  expect(job.results()).toEqual({ checks: [], figures: [] });
});

/** One pair per kind of message the core writes. */
const PAIRS: Array<[string, string | null]> = [
  ['Revenue was $1.1 billion, up 12%.', '營收為 1.1 億美元，成長 12%。'],
  ['Margins expanded 150 basis points.', '利潤率擴大了。'],
  ['Revenue grew 12%.', '營收成長 12%，達到 5 億美元。'],
  ['Thank you all for joining us today.', null],
  ['Thank you all for joining us today.', 'Thank you all for joining us today.'],
  ['Thanks, that is helpful.', '謝謝，這很有幫助。我們的下一個問題來自 Harbor Lane 的 Lee Chang。'],
  ['Thanks, that is helpful.', '謝謝，這很有幫助。那麼利潤率呢？'],
  ['We grew in every region this quarter.', '我們成長了。我們成長了。我們成長了。我們成長了。'],
  [
    'We grew in every region this quarter, and we saw strength across all of our product lines and customer segments, including enterprise.',
    '我們成長了。',
  ],
  [
    'We grew.',
    '我們在本季的每個地區都實現了成長，並且在所有產品線和客戶群中都看到了強勁的表現，包括企業客戶和中小型企業客戶，以及政府客戶和教育客戶，還有更多其他客戶群。',
  ],
];

test('every kind of core message is reworded (no left/right) in both interface languages', () => {
  const messages = PAIRS.flatMap(([en, zh]) => checkPair({ en, zh }, 0.33).map((flag) => flag.message));
  expect(new Set(messages.map((message) => message.replace(/\d[\d.,]*|\$\S+/g, '#').slice(0, 30))).size).toBeGreaterThanOrEqual(9);
  for (const message of messages) {
    for (const language of ['en', 'zh-Hant'] as const) {
      const parts = checkWording(message, translationChecksMessages[language]);
      const text = parts.map((part) => part.text).join('');
      expect(text, message).not.toMatch(/on the (left|right)/);
      // A reworded message has interface-language text of its own, not just the core's words marked as English.
      expect(
        parts.some((part) => part.lang === undefined),
        `${language}: ${message}`,
      ).toBe(true);
    }
  }
});

test('quantities quoted in a message keep their own language', () => {
  const [message] = checkPair({ en: 'Revenue was $1.1 billion.', zh: '營收為 1.1 億美元。' }, 0.33).map((flag) => flag.message);
  expect(message).toBe('$1.1 billion on the left, but 1.1 億美元 (= $110 million) on the right.');
  const parts = checkWording(message ?? '', translationChecksMessages.en);
  expect(parts).toEqual([
    { text: '$1.1 billion', lang: 'en' },
    { text: ' in the English, but ' },
    { text: '1.1 億美元', lang: 'zh-Hant' },
    { text: ' ' },
    { text: '(= $110 million)', lang: 'en' },
    { text: ' in the Chinese.' },
  ]);
});

test('a message of an unknown shape is shown as the core wrote it, marked as English', () => {
  expect(checkWording('Something new.', translationChecksMessages['zh-Hant'])).toEqual([{ text: 'Something new.', lang: 'en' }]);
});

test('notes are grouped by pair', () => {
  const notes = notesByPair(
    [
      { line: 5, kind: 'number', message: '12% on the left is missing on the right.', turn: 1, paragraph: 0 },
      {
        line: 5,
        kind: 'length',
        message: 'The Chinese repeats the same sentence 4 times: the translation ran away.',
        turn: 1,
        paragraph: 0,
      },
      { line: 9, kind: 'untranslated', message: 'This paragraph has no Chinese translation in the file.', turn: 2, paragraph: 1 },
    ],
    translationChecksMessages.en,
  );
  expect([...notes.keys()]).toEqual(['1:0', '2:1']);
  expect(notes.get('1:0')?.map((note) => note.title)).toEqual(['Numbers', 'Length']);
  expect(notes.get('2:1')?.[0]?.message).toEqual([{ text: 'This paragraph has no Chinese translation in the file.' }]);
});
