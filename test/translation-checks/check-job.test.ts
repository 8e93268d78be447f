import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { keyFigures } from '../../src/core/key-figures.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import type { Transcript } from '../../src/core/transcript-model.ts';
import { checkPair, checkTranslation, placeCheck } from '../../src/core/translation-checks.ts';
import { createCheckJob } from '../../src/workers/check-job.ts';
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

/** One pair per kind of problem the core finds. */
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
    'We grew this quarter.',
    '我們在本季的每個地區都實現了成長，並且在所有產品線和客戶群中都看到了強勁的表現，包括企業客戶和中小型企業客戶，以及政府客戶和教育客戶，還有更多其他客戶群。',
  ],
  ['Operating expenses fell 4% as we paused hiring.', '由於我們暫停招募，營運費用增加了 4%。'],
  ['Currency was a headwind this quarter.', '本季匯率是順風。'],
  ["Margins should recover in '26.", '利潤率應會在 26 世紀回升。'],
  ['Margins should recover over the next decade.', '利潤率應會在 21 世紀回升。'],
  ['The plan covers 2025 to 2027.', '該計畫涵蓋 2025 年至 2025 年。'],
  ['Fiscal 2026 revenue grew 8%.', '2025 財年營收成長 8%。'],
  ['We are encouraged by the demand we see in Europe.', '我們感到鼓舞 by the demand we see in Europe。'],
  ['We expect demand to soften over the summer.', '我們預計夏季需求會soften。'],
  ['Our 3PL partners grew.', '我們的 3 個 PL 合作夥伴成長了。'],
  ['We will have lapped the Orion contract by then.', '到時我們將承受 Orion 合約的影響。'],
  [
    'Bookings were strong in every region. We also closed the Tidewell acquisition on schedule. Hiring stays on plan.',
    '各地區的訂單都很強勁。招募依計畫進行。',
  ],
  ['Our partners are restocking ahead of the holidays.', '我們的合作夥伴正在為假期補貨。我們預計第四季的出貨量將創下新高。'],
];

test('every kind of problem is worded (no left/right) in both interface languages', () => {
  const findings = PAIRS.flatMap(([en, zh]) => checkPair({ en, zh }, 0.33));
  // Every problem, and every wording a problem has (a direction with and without a figure, a century with and without a year).
  const problems = findings.map((finding) => {
    const variant =
      finding.kind === 'direction'
        ? finding.quantity === null
        : finding.kind === 'year' && finding.problem === 'century'
          ? finding.en === null
          : '';
    return `${finding.kind}:${finding.problem}:${variant}`;
  });
  expect(new Set(problems).size).toBe(22);
  for (const finding of findings) {
    const worded = (['en', 'zh-Hant'] as const).map((language) => {
      const parts = checkWording(finding, translationChecksMessages[language]);
      const text = parts.map((part) => part.text).join('');
      expect(text, language).not.toMatch(/on the (left|right)|\{\w+\}/);
      // Interface-language text of its own, not just quotes from the call.
      expect(
        parts.some((part) => part.lang === undefined && part.text.trim() !== ''),
        `${language}: ${text}`,
      ).toBe(true);
      return text;
    });
    expect(worded[0]).not.toBe(worded[1]);
    expect(worded[1]).toMatch(/[\u3400-\u9fff]/);
  }
});

test('quantities quoted in a message keep their own language', () => {
  const [finding] = checkPair({ en: 'Revenue was $1.1 billion.', zh: '營收為 1.1 億美元。' }, 0.33);
  expect(finding).toBeDefined();
  if (!finding) return;
  expect(checkWording(finding, translationChecksMessages.en)).toEqual([
    { text: '$1.1 billion', lang: 'en' },
    { text: ' in the English, but ' },
    { text: '1.1 億美元', lang: 'zh-Hant' },
    { text: ' ' },
    { text: '(= $110 million)', lang: 'en' },
    { text: ' in the Chinese.' },
  ]);
  expect(
    checkWording(finding, translationChecksMessages['zh-Hant'])
      .map((part) => part.text)
      .join(''),
  ).toBe('英文是 $1.1 billion，中文卻是 1.1 億美元 (= $110 million)。');
});

test('notes are grouped by pair', () => {
  const [missing] = checkPair({ en: 'Revenue grew 12%.', zh: '營收成長了。' }, 0.33);
  const [repeats] = checkPair({ en: 'We grew in every region.', zh: '我們成長了。我們成長了。我們成長了。我們成長了。' }, 0.33);
  const [untranslated] = checkPair({ en: 'Thank you all.', zh: null }, 0.33);
  if (!missing || !repeats || !untranslated) throw new Error('expected three findings');
  const notes = notesByPair(
    [
      placeCheck(missing, { line: 5, turn: 1, paragraph: 0 }),
      placeCheck(repeats, { line: 5, turn: 1, paragraph: 0 }),
      placeCheck(untranslated, { line: 9, turn: 2, paragraph: 1 }),
    ],
    translationChecksMessages.en,
  );
  expect([...notes.keys()]).toEqual(['1:0', '2:1']);
  expect(notes.get('1:0')?.map((note) => note.title)).toEqual(['Numbers', 'Length']);
  expect(
    notes
      .get('1:0')?.[1]
      ?.message.map((part) => part.text)
      .join(''),
  ).toBe('The Chinese repeats the same sentence 4 times: the translation ran away.');
  expect(notes.get('2:1')?.[0]?.message).toEqual([{ text: 'This paragraph has no Chinese translation in the file.' }]);
});
