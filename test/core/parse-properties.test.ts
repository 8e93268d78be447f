import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeTranscriptBytes } from '../../src/core/decode-transcript-bytes.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { TranscriptError, type Transcript } from '../../src/core/transcript-model.ts';
import { DISCLAIMER } from '../support/transcript-text.ts';

const normalizeHeader = (text: string) => text.replace(/\s+[-–—]\s+/, ' - ').replace(/\s+/g, ' ');

/** Every line the model holds, by line number; fails if a line is placed twice. */
function placedLines(transcript: Transcript): Map<number, string> {
  const placed = new Map<number, string>();
  const place = (line: number, text: string) => {
    expect(placed.has(line), `line ${line} placed twice`).toBe(false);
    placed.set(line, text);
  };
  for (const line of transcript.summary) place(line.line, line.zh);
  if (transcript.disclaimer) place(transcript.disclaimer.line, transcript.disclaimer.text);
  for (const turn of transcript.turns) {
    const header = turn.title ? `${turn.speaker} - ${turn.title}` : turn.speaker;
    for (const line of turn.headerLines) place(line, header);
    for (const paragraph of turn.paragraphs) {
      if (paragraph.en !== null) place(paragraph.line, paragraph.en);
      if (paragraph.zh !== null && paragraph.zhLine !== null) place(paragraph.zhLine, paragraph.zh);
    }
  }
  for (const diagnostic of transcript.diagnostics) if (diagnostic.text !== undefined) place(diagnostic.line, diagnostic.text);
  return placed;
}

const english = fc.constantFrom(
  'Revenue grew 12% year-over-year.',
  'Thanks for taking my question.',
  'Yes. Sure.',
  'We expect margins to expand in the second half.',
  '(Operator Instructions) Your next question comes from the line of Lee Chang with Harbor Lane Capital.',
  'Welcome to the Northstar Devices Second Quarter 2025 Earnings Conference Call.',
  'This is Sam on for Mia Holt.',
  'Thank you',
);
const chinese = fc.constantFrom(
  '營收年增 12%。',
  '謝謝你回答我的問題。',
  '是的。當然。',
  '我們預計下半年利潤率將擴大。',
  '您的下一個問題來自 Harbor Lane Capital 的 Lee Chang。',
  '嗨,我是 Sam。',
);
const name = fc.constantFrom(
  'Operator',
  'Ana Ruiz - CEO',
  'Lee W. Chang - VP',
  'Unidentified Analyst',
  'Tom Reyes - CFO',
  'Kim Ng - MD - Head of Research',
);
const noise = fc.string({ unit: 'grapheme', maxLength: 30 });
const blank = fc.constantFrom('', ' ', '\t', '   ');

/** A block of lines: a doubled header, a pair, a lone line, blank lines, the disclaimer or noise (maybe doubled). */
const block = fc.oneof(
  { weight: 3, arbitrary: name.map((text) => [text, text]) },
  { weight: 6, arbitrary: fc.tuple(english, chinese).map(([en, zh]) => [en, zh]) },
  { weight: 2, arbitrary: english.map((text) => [text]) },
  { weight: 2, arbitrary: chinese.map((text) => [text]) },
  { weight: 1, arbitrary: blank.map((text) => [text]) },
  { weight: 1, arbitrary: fc.constant([DISCLAIMER]) },
  { weight: 2, arbitrary: fc.tuple(noise, fc.boolean()).map(([text, twice]) => (twice ? [text, text] : [text])) },
);

const document = fc
  .tuple(fc.array(block, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([blocks, eol, trailing]) => blocks.flat().join(eol) + (trailing ? eol : ''));

test('lossless: every non-blank input line lands in exactly one place of the model, at its own line number', () => {
  fc.assert(
    fc.property(document, (text) => {
      let transcript: Transcript;
      try {
        transcript = parseTranscript(text);
      } catch (error) {
        expect(error).toBeInstanceOf(TranscriptError);
        return;
      }
      const expected = new Map<number, string>();
      text.split(/\r\n|\r|\n/).forEach((line, index) => {
        if (line.trim() !== '') expected.set(index + 1, line.trim());
      });
      const placed = placedLines(transcript);
      expect([...placed.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()]);
      for (const [line, value] of expected) {
        const got = placed.get(line) ?? '';
        expect(normalizeHeader(got)).toBe(normalizeHeader(value));
      }
      const turnLines = transcript.turns.map((turn) => turn.line);
      expect([...turnLines].sort((a, b) => a - b)).toEqual(turnLines);
    }),
    { numRuns: 400 },
  );
});

test('a dropped translation never shifts the pairing of the other paragraphs', () => {
  const pairs = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.boolean()), {
    minLength: 1,
    maxLength: 30,
    selector: ([id]) => id,
  });
  fc.assert(
    fc.property(pairs, (items) => {
      const lines = ['Ana Ruiz - CEO', 'Ana Ruiz - CEO'];
      for (const [id, dropped] of items) {
        lines.push(`Paragraph number ${id} about revenue.`);
        if (!dropped) lines.push(`第 ${id} 段關於營收。`);
      }
      const paragraphs = parseTranscript(lines.join('\n')).turns[0]?.paragraphs ?? [];
      expect(paragraphs.map((paragraph) => paragraph.zh)).toEqual(items.map(([id, dropped]) => (dropped ? null : `第 ${id} 段關於營收。`)));
    }),
  );
});

test('parsing any text throws nothing but TranscriptError', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      try {
        parseTranscript(text);
      } catch (error) {
        expect(error).toBeInstanceOf(TranscriptError);
      }
    }),
    { numRuns: 500 },
  );
});

test('decoding any bytes throws nothing but TranscriptError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      try {
        const { text } = decodeTranscriptBytes(bytes);
        expect(typeof text).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(TranscriptError);
      }
    }),
    { numRuns: 500 },
  );
});
