import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { alignSentences, alignTranscript, DEFAULT_LENGTH_MODEL, measureLengthModel } from '../../src/core/align-sentences.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { splitChineseSentences, splitEnglishSentences } from '../../src/core/split-sentences.ts';
import { fileText, header, pair } from '../support/transcript-text.ts';

interface SentenceCase {
  id: string;
  why: string;
  en: string;
  zh: string;
  links: Array<[number[], number[]]>;
}

const cases = JSON.parse(readFileSync('test/fixtures/sentence-cases.json', 'utf8')) as SentenceCase[];
const align = (en: string, zh: string) => alignSentences(en, zh, splitEnglishSentences(en), splitChineseSentences(zh));
const shape = (links: Array<[number[], number[], number]>) => links.map(([en, zh]) => [en, zh]);

test.each(cases)('$id: links ($why)', ({ en, zh, links }) => {
  const alignment = align(en, zh);
  expect(shape(alignment.links)).toEqual(links);
  for (const [, , confidence] of alignment.links) {
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
  }
});

test('a missing Chinese sentence is a link with no Chinese side, found with confidence', () => {
  const missing = cases.find((item) => item.id === 'missing-chinese-sentence');
  const alignment = align(missing?.en ?? '', missing?.zh ?? '');
  const lonely = alignment.links.filter(([, zh]) => zh.length === 0);
  expect(lonely.map(([en]) => en)).toEqual([[2]]);
  expect(lonely[0]?.[2]).toBeGreaterThan(0.8);
});

test('equal counts link one to one, and a pair that does not fit says so with a low confidence', () => {
  const en =
    'Our ocean business signed eleven new carriers this quarter, including two of the largest container lines, which will ramp over the next several quarters. Thanks.';
  const zh = '我們的海運業務本季簽下了十一家新的航運公司。其中包括兩家最大的貨櫃航運公司,這些公司將在接下來的幾季中逐步增加,謝謝。';
  const alignment = align(en, zh);
  expect(shape(alignment.links)).toEqual([
    [[0], [0]],
    [[1], [1]],
  ]);
  expect(alignment.links[1]?.[2]).toBeLessThan(0.5);
  const good = align('Revenue grew 12% to $310 million. Margins rose.', '營收成長 12%,達到 3.1 億美元。利潤率上升。');
  for (const [, , confidence] of good.links) expect(confidence).toBeGreaterThan(0.9);
});

test('spans are returned with the links, and the caller’s arrays are not shared', () => {
  const en = 'Yes. We do.';
  const spans = splitEnglishSentences(en);
  const alignment = alignSentences(en, '是的。我們有。', spans, splitChineseSentences('是的。我們有。'));
  expect(alignment.en).toEqual(spans);
  expect(alignment.en).not.toBe(spans);
});

const call = fileText(
  header('Operator'),
  pair(
    'Welcome to the Brightwater Logistics Fourth Quarter 2026 Earnings Call. I will now turn the call over to Dana Ko.',
    '歡迎參加 Brightwater Logistics 2026 年第四季財報電話會議。現在我將電話轉給 Dana Ko。',
  ),
  header('Dana Ko - CEO'),
  pair(
    'Thank you. Revenue grew 12% to $310 million. Margins rose 150 basis points.',
    '謝謝。營收成長 12%,達到 3.1 億美元。利潤率上升了 150 個基點。',
  ),
  ['We also opened two new hubs. Both are ahead of plan.'],
  header('Raj Patel - CFO'),
  pair('Cash flow was strong. We bought back shares.', '現金流強勁。我們回購了股票。'),
);

test('alignTranscript gives every paragraph its alignment, per turn and paragraph; a missing side links to nothing', () => {
  const transcript = parseTranscript(call);
  const alignments = alignTranscript(transcript);
  expect(alignments.map((turn) => turn.length)).toEqual(transcript.turns.map((turn) => turn.paragraphs.length));
  expect(shape(alignments[1]?.[0]?.links ?? [])).toEqual([
    [[0], [0]],
    [[1], [1]],
    [[2], [2]],
  ]);
  const untranslated = alignments[1]?.[1];
  expect(transcript.turns[1]?.paragraphs[1]?.zh).toBeNull();
  expect(untranslated?.zh).toEqual([]);
  expect(untranslated?.links).toEqual([
    [[0], [], 1],
    [[1], [], 1],
  ]);
});

test('measureLengthModel reads the call’s own ratio, and falls back on a call too small to measure', () => {
  const small = measureLengthModel(parseTranscript(call));
  expect(small).toEqual(DEFAULT_LENGTH_MODEL);
  const demo = parseTranscript(readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8'));
  const model = measureLengthModel(demo);
  expect(model.pairs).toBeGreaterThan(100);
  expect(model.mean).toBeGreaterThan(0.25);
  expect(model.mean).toBeLessThan(0.5);
  expect(model.variance).toBeGreaterThan(0);
});

test('a sampled length model of a long call is close to the one measured on every paragraph', async () => {
  const { generateLargeCall } = await import('../../bench/generate-call.ts');
  const { readTranscript } = await import('../../src/core/read-transcript.ts');
  const call = readTranscript(new TextEncoder().encode(generateLargeCall(1024 * 1024)));
  const full = measureLengthModel(call);
  const sampled = measureLengthModel(call, { sample: 400 });
  expect(sampled.pairs).toBeLessThan(full.pairs);
  expect(Math.abs(sampled.mean - full.mean) / full.mean).toBeLessThan(0.1);
});
