import { expect, test } from 'vitest';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { TranscriptError } from '../../src/core/transcript-model.ts';
import { DISCLAIMER, fileText, header, pair, smallCall } from '../support/transcript-text.ts';

test('a doubled line starts a speaker turn, split into name and title at the first " - "', () => {
  const transcript = parseTranscript(smallCall());
  const first = transcript.turns[1];
  expect(first?.speaker).toBe('Ana Ruiz');
  expect(first?.title).toBe('CEO');
  expect(transcript.turns[0]?.speaker).toBe('Operator');
  expect(transcript.turns[0]?.title).toBe('');
  expect(transcript.turns.map((turn) => turn.speaker)).toHaveLength(12);
});

test('a title containing " - " keeps everything after the first separator', () => {
  const transcript = parseTranscript(fileText(header('Kim Ng - MD - Head of Research'), pair('Hello.', '你好。')));
  expect(transcript.turns[0]).toMatchObject({ speaker: 'Kim Ng', title: 'MD - Head of Research' });
});

test('Chinese lines before the disclaimer form the summary; the disclaimer is kept apart', () => {
  const transcript = parseTranscript(smallCall());
  expect(transcript.summary.map((line) => line.zh)).toEqual(['北辰科技公布第二季營收成長。', '公司預計下半年持續改善。']);
  expect(transcript.summary.map((line) => line.line)).toEqual([1, 2]);
  expect(transcript.disclaimer).toEqual({ text: DISCLAIMER, line: 3 });
});

test('paragraphs pair each English line with the Chinese line after it, with line numbers', () => {
  const transcript = parseTranscript(smallCall());
  expect(transcript.turns[1]?.paragraphs[0]).toEqual({
    en: 'Thank you. Revenue grew 12% to $310 million.',
    zh: '謝謝。營收成長 12%,達到 3.1 億美元。',
    line: 10,
    zhLine: 11,
  });
  expect(transcript.turns[1]?.headerLines).toEqual([8, 9]);
});

test('a missing translation keeps the English with zh null, a diagnostic, and no shift afterwards', () => {
  const text = fileText(
    header('Ana Ruiz - CEO'),
    pair('First paragraph.', '第一段。'),
    ['Second paragraph has no translation.'],
    pair('Third paragraph.', '第三段。'),
    pair('Fourth paragraph.', '第四段。'),
  );
  const transcript = parseTranscript(text);
  const paragraphs = transcript.turns[0]?.paragraphs ?? [];
  expect(paragraphs.map((paragraph) => [paragraph.en, paragraph.zh])).toEqual([
    ['First paragraph.', '第一段。'],
    ['Second paragraph has no translation.', null],
    ['Third paragraph.', '第三段。'],
    ['Fourth paragraph.', '第四段。'],
  ]);
  expect(transcript.diagnostics).toEqual([
    expect.objectContaining({ line: 5, kind: 'missing-translation', message: expect.stringContaining('Line 5') }),
  ]);
});

test('a Chinese line with no English before it is kept as a Chinese-only paragraph with a diagnostic', () => {
  const text = fileText(header('Ana Ruiz - CEO'), pair('One.', '一。'), ['多出來的一行。'], pair('Two.', '二。'));
  const transcript = parseTranscript(text);
  expect(transcript.turns[0]?.paragraphs[1]).toEqual({ en: null, zh: '多出來的一行。', line: 5, zhLine: 5 });
  expect(transcript.diagnostics.map((diagnostic) => diagnostic.kind)).toEqual(['orphan-translation']);
});

test('an English paragraph left untranslated (repeated in English) stays one pair', () => {
  const text = fileText(
    header('Ana Ruiz - CEO'),
    pair('One.', '一。'),
    ['We delivered record bookings this quarter across every region.', 'We delivered record bookings this quarter across every region.'],
    pair('Two.', '二。'),
  );
  const paragraphs = parseTranscript(text).turns[0]?.paragraphs ?? [];
  expect(paragraphs).toHaveLength(3);
  expect(paragraphs[1]?.zh).toBe('We delivered record bookings this quarter across every region.');
});

test('CRLF and CR line endings, blank lines between paragraphs and trailing spaces parse the same', () => {
  const lf = smallCall();
  const reference = parseTranscript(lf);
  const variants = [
    lf.replace(/\n/g, '\r\n'),
    lf.replace(/\n/g, '\r'),
    lf.replace(/\n/g, '\n\n'),
    lf.replace(/\n/g, '   \t\n'),
    `\ufeff${lf}\n\n`,
  ];
  for (const variant of variants) {
    const transcript = parseTranscript(variant);
    expect(transcript.turns.map((turn) => turn.speaker)).toEqual(reference.turns.map((turn) => turn.speaker));
    expect(transcript.turns.flatMap((turn) => turn.paragraphs.map((p) => [p.en, p.zh]))).toEqual(
      reference.turns.flatMap((turn) => turn.paragraphs.map((p) => [p.en, p.zh])),
    );
    expect(transcript.questions).toEqual(reference.questions.map((q) => ({ ...q })));
    expect(transcript.diagnostics).toEqual([]);
  }
});

test('a file with no Chinese at all reads as English only, without diagnostics', () => {
  const text = fileText(header('Operator'), ['Welcome to the call.'], header('Ana Ruiz - CEO'), ['Thanks.', 'Revenue grew.']);
  const transcript = parseTranscript(text);
  expect(transcript.turns[1]?.paragraphs.map((p) => [p.en, p.zh])).toEqual([
    ['Thanks.', null],
    ['Revenue grew.', null],
  ]);
  expect(transcript.diagnostics).toEqual([]);
});

test('a call without operator introductions has no questions and stays in the presentation', () => {
  const text = fileText(header('Operator'), pair('Welcome.', '歡迎。'), header('Ana Ruiz - CEO'), pair('Thanks.', '謝謝。'));
  const transcript = parseTranscript(text);
  expect(transcript.questions).toEqual([]);
  expect(transcript.turns.map((turn) => turn.section)).toEqual(['presentation', 'presentation']);
});

test('English lines before the first speaker are kept as diagnostics with their text', () => {
  const text = fileText(['Transcript prepared by a vendor'], header('Operator'), pair('Welcome.', '歡迎。'));
  const transcript = parseTranscript(text);
  expect(transcript.diagnostics).toEqual([
    expect.objectContaining({ line: 1, kind: 'unattributed', text: 'Transcript prepared by a vendor' }),
  ]);
});

test('a sentence written twice is not mistaken for a speaker header', () => {
  const text = fileText(header('Operator'), pair('Welcome.', '歡迎。'), ['Thanks. Go ahead.', 'Thanks. Go ahead.']);
  const transcript = parseTranscript(text);
  expect(transcript.turns).toHaveLength(1);
  expect(transcript.turns[0]?.paragraphs).toHaveLength(2);
});

test('empty text and text without speaker structure are typed errors with plain messages', () => {
  expect(() => parseTranscript('  \n\n \r\n')).toThrow(TranscriptError);
  expect(() => parseTranscript('  \n\n')).toThrow(/empty/);
  const prose = 'Dear investor,\nThank you for your letter.\n感謝您的來信。';
  expect(() => parseTranscript(prose)).toThrow(/no speaker lines/);
  try {
    parseTranscript(prose);
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as TranscriptError).kind).toBe('not-a-transcript');
  }
});

test('a file holding only speaker headers (nothing anyone said) is refused like an empty one', () => {
  const headerOnly = [
    fileText(header('Operator')),
    fileText(header('Operator'), header('Ana Ruiz - CEO')),
    fileText(['北辰科技公布第二季營收成長。'], [DISCLAIMER], header('Operator')),
    fileText([DISCLAIMER], header('Operator'), [''], header('Operator')),
  ];
  for (const text of headerOnly) {
    let caught: unknown = null;
    try {
      parseTranscript(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TranscriptError);
    expect((caught as TranscriptError).kind).toBe('not-a-transcript');
    expect((caught as TranscriptError).message).toMatch(/^This does not look like an earnings-call transcript: .*nothing anyone said/);
  }
  // One paragraph anywhere is enough to be a call.
  expect(parseTranscript(fileText(header('Operator'), ['Welcome.'])).turns).toHaveLength(1);
});

test('text holding replacement characters (a damaged file) gets one diagnostic at the first such line', () => {
  const text = fileText(
    header('Ana Ruiz - CEO'),
    pair('Revenue grew 12%.', '營收成長\ufffd12%。'),
    pair('Margins \ufffd\ufffdrose.', '利潤率上升。'),
  );
  // Stored text parsed again: the byte count is not known, the places are.
  expect(parseTranscript(text).diagnostics).toEqual([
    {
      line: 4,
      kind: 'replaced-bytes',
      message: '3 characters could not be decoded and show as � (bytes that are not valid UTF-8), first on line 4.',
    },
  ]);
  // Straight from the decoder, the number of bytes replaced is known.
  expect(parseTranscript(text, { replacedBytes: 5 }).diagnostics).toEqual([
    {
      line: 4,
      kind: 'replaced-bytes',
      count: 5,
      message: '5 bytes that are not valid UTF-8 were replaced with � in 3 places, first on line 4.',
    },
  ]);
  expect(parseTranscript(smallCall()).diagnostics).toEqual([]);
});

test('company, title and period come from the welcome line; the title falls back when absent', () => {
  expect(parseTranscript(smallCall()).meta).toEqual({
    company: 'Northstar Devices',
    title: 'Northstar Devices Second Quarter 2025 Earnings Conference Call',
    period: 'Q2 2025',
    encoding: 'utf-8',
  });
  const bare = fileText(header('Operator'), pair('Hello.', '你好。'));
  expect(parseTranscript(bare, { fallbackTitle: 'my-call' }).meta.title).toBe('my-call');
  expect(parseTranscript(bare).meta).toMatchObject({ company: null, period: null, title: 'Untitled call' });
});

test('progress is reported from 0 to 1 in order', () => {
  const fractions: number[] = [];
  parseTranscript(smallCall().repeat(1), { onProgress: (fraction) => fractions.push(fraction) });
  expect(fractions.at(-1)).toBe(1);
  expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
});
