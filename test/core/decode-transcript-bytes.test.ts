import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { decodeTranscriptBytes, decodeWindows1252 } from '../../src/core/decode-transcript-bytes.ts';
import { MAX_TRANSCRIPT_BYTES } from '../../src/core/limits.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { TranscriptError, type Transcript } from '../../src/core/transcript-model.ts';
import { encodeLegacy, encodeUtf16 } from '../support/legacy-encode.ts';
import { smallCall } from '../support/transcript-text.ts';

const text = smallCall();
const utf8 = new TextEncoder().encode(text);

function kindOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof TranscriptError) return error.kind;
    throw error;
  }
  return 'no error';
}

test.each([
  ['utf-8', utf8],
  ['utf-8', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])],
  ['utf-16le', encodeUtf16(text, 'le')],
  ['utf-16be', encodeUtf16(text, 'be')],
  ['big5', encodeLegacy(text, 'big5')],
  ['gb18030', encodeLegacy(text, 'gb18030')],
])('%s bytes decode to the same transcript', (encoding, bytes) => {
  const decoded = decodeTranscriptBytes(bytes);
  expect(decoded.encoding).toBe(encoding);
  const transcript = readTranscript(bytes);
  expect(transcript.meta.encoding).toBe(encoding);
  expect(transcript.turns).toHaveLength(12);
  expect(transcript.questions.map((question) => question.firm)).toEqual(['Harbor Lane Capital', 'Kestrel Securities']);
  expect(decoded.text.replace(/^\ufeff/, '')).toBe(text);
});

test('empty, image, archive and random bytes are refused with plain messages', () => {
  expect(kindOf(() => decodeTranscriptBytes(new Uint8Array()))).toBe('empty');
  expect(kindOf(() => decodeTranscriptBytes(new TextEncoder().encode(' \n\t\n')))).toBe('empty');
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  expect(kindOf(() => decodeTranscriptBytes(png))).toBe('binary');
  expect(() => decodeTranscriptBytes(png)).toThrow(/PNG image/);
  expect(kindOf(() => decodeTranscriptBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe('binary');
  let seed = 7;
  const random = Uint8Array.from({ length: 4096 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed & 0xff;
  });
  expect(['binary', 'undecodable']).toContain(kindOf(() => decodeTranscriptBytes(random)));
});

test('files over the size limit are refused before decoding', () => {
  const big = new Uint8Array(MAX_TRANSCRIPT_BYTES + 1);
  expect(kindOf(() => decodeTranscriptBytes(big))).toBe('too-large');
  expect(() => decodeTranscriptBytes(big)).toThrow(/up to 50 MB/);
});

// --- Damaged UTF-8: a few bad bytes in an otherwise valid UTF-8 file -------------------------------------------

const demoBytes = new Uint8Array(readFileSync('public/demo/lumen-harbor-q3-2026.txt'));
const demoText = new TextDecoder().decode(demoBytes);
const demo = readTranscript(demoBytes);

/** The bytes with `extra` inserted at the start of line `line` (1-based). */
function insertAtLine(bytes: Uint8Array, line: number, extra: readonly number[]): Uint8Array {
  let offset = 0;
  for (let seen = 1; seen < line; offset += 1) if (bytes[offset] === 0x0a) seen += 1;
  return Uint8Array.from([...bytes.subarray(0, offset), ...extra, ...bytes.subarray(offset)]);
}

/** Every paragraph of a call as [line, en, zh], to compare two readings of it. */
function paragraphsOf(transcript: Transcript): Array<[number, string | null, string | null]> {
  return transcript.turns.flatMap((turn) => turn.paragraphs.map((p): [number, string | null, string | null] => [p.line, p.en, p.zh]));
}

test('a UTF-8 call cut inside its last character stays UTF-8: the cut character is replaced and reported', () => {
  // The demo call ends with "。\n" (3 bytes, then LF): cut after the first two bytes of "。".
  const cut = demoBytes.subarray(0, demoBytes.length - 2);
  const decoded = decodeTranscriptBytes(cut);
  expect(decoded.encoding).toBe('utf-8');
  expect(decoded.replacedBytes).toBe(2);
  expect(decoded.text).toBe(`${demoText.slice(0, -2)}\ufffd`);

  const transcript = readTranscript(cut);
  expect(transcript.meta.encoding).toBe('utf-8');
  expect(transcript.summary).toEqual(demo.summary);
  expect(transcript.disclaimer).toEqual(demo.disclaimer);
  expect(transcript.questions).toEqual(demo.questions);
  const lastLine = demoText.trimEnd().split('\n').length;
  expect(transcript.diagnostics).toEqual([
    { line: lastLine, kind: 'replaced-bytes', count: 2, message: expect.stringMatching(/2 bytes .*not valid UTF-8.*line \d+/) },
  ]);
  // Every paragraph but the last Chinese line reads as before.
  const before = paragraphsOf(demo);
  const after = paragraphsOf(transcript);
  expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
  expect(after.at(-1)?.[2]).toBe(`${before.at(-1)?.[2]?.slice(0, -1)}\ufffd`);
});

test('one stray 0xFF in an English line replaces that byte only and names its line', () => {
  const damaged = insertAtLine(demoBytes, 40, [0xff]);
  const transcript = readTranscript(damaged);
  expect(transcript.meta.encoding).toBe('utf-8');
  expect(transcript.diagnostics).toEqual([expect.objectContaining({ line: 40, kind: 'replaced-bytes', count: 1 })]);
  expect(transcript.diagnostics[0]?.message).toMatch(/^1 byte that is not valid UTF-8 was replaced/);
  const before = paragraphsOf(demo);
  const after = paragraphsOf(transcript);
  expect(after.filter(([line]) => line !== 40)).toEqual(before.filter(([line]) => line !== 40));
  const english = before.find(([line]) => line === 40)?.[1];
  expect(after.find(([line]) => line === 40)?.[1]).toBe(`\ufffd${english}`);
});

test('a few bad bytes anywhere (a stray 0xFF, a lone continuation byte, a bad lead byte) are all replaced and counted', () => {
  let damaged = insertAtLine(demoBytes, 150, [0xc0]);
  damaged = insertAtLine(damaged, 83, [0x80]);
  damaged = insertAtLine(damaged, 12, [0xff]);
  const transcript = readTranscript(damaged);
  expect(transcript.meta.encoding).toBe('utf-8');
  expect(transcript.diagnostics).toEqual([expect.objectContaining({ line: 12, kind: 'replaced-bytes', count: 3 })]);
  expect(transcript.diagnostics[0]?.message).toMatch(
    /^3 bytes that are not valid UTF-8 were replaced with � in 3 places, first on line 12/,
  );
  expect(transcript.summary).toEqual(demo.summary);
  expect(transcript.turns.map((turn) => turn.speaker)).toEqual(demo.turns.map((turn) => turn.speaker));
});

test('a UTF-8 file with a byte-order mark and one bad byte is UTF-8 too', () => {
  const damaged = Uint8Array.from([0xef, 0xbb, 0xbf, ...insertAtLine(demoBytes, 40, [0xff])]);
  const decoded = decodeTranscriptBytes(damaged);
  expect([decoded.encoding, decoded.replacedBytes]).toEqual(['utf-8', 1]);
  expect(decoded.text.replace(/^\ufeff/, '')).toBe(new TextDecoder().decode(insertAtLine(demoBytes, 40, [0xff])));
});

test('beyond the threshold (a bad byte in every 1 KB) the file is not taken for UTF-8', () => {
  const bytes: number[] = [];
  demoBytes.forEach((byte, index) => {
    bytes.push(byte);
    if (byte === 0x0a && index % 1024 < 120) bytes.push(0xff);
  });
  expect(bytes.length - demoBytes.length).toBeGreaterThan(demoBytes.length / 10240 + 1);
  let encoding = 'refused';
  try {
    encoding = decodeTranscriptBytes(Uint8Array.from(bytes)).encoding;
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptError);
  }
  expect(encoding).not.toBe('utf-8');
});

test.each(['big5', 'gb18030'] as const)('the whole demo call in %s is still read as such, not as damaged UTF-8', (encoding) => {
  const bytes = encodeLegacy(demoText, encoding);
  const decoded = decodeTranscriptBytes(bytes);
  expect(decoded.encoding).toBe(encoding);
  expect(decoded.replacedBytes).toBe(0);
  expect(decoded.text).toBe(demoText);
  expect(readTranscript(bytes).diagnostics).toEqual([]);
});

// --- windows-1252 ------------------------------------------------------------------------------------------------

/** The WHATWG windows-1252 table for 0x80–0x9F (the five undefined bytes map to the C1 control of the same value). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

test('windows-1252 bytes 0x80–0x9F decode per the WHATWG table (not as Latin-1, as Node ≥ 20.18.3 does)', () => {
  const high = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index);
  expect(decodeWindows1252(high)).toBe(WINDOWS_1252_HIGH);
  expect(decodeWindows1252(Uint8Array.of(0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85, 0x99))).toBe('€‘’“”–—…™');
  expect([0x81, 0x8d, 0x8f, 0x90, 0x9d].map((byte) => decodeWindows1252(Uint8Array.of(byte)).codePointAt(0))).toEqual([
    0x81, 0x8d, 0x8f, 0x90, 0x9d,
  ]);
  // ASCII and 0xA0–0xFF are Latin-1.
  const rest = Uint8Array.from([
    ...Array.from({ length: 128 }, (_, index) => index),
    ...Array.from({ length: 96 }, (_, index) => 0xa0 + index),
  ]);
  expect(decodeWindows1252(rest)).toBe(String.fromCharCode(...rest));
});

test('an English-only call saved as windows-1252 reads with its euro signs, curly quotes and dashes', () => {
  const call = [
    'Operator',
    'Operator',
    'Welcome to the Quayside Ferries Fourth Quarter 2025 Earnings Call. I’ll now hand over to Léa Moreau.',
    'Léa Moreau - CEO',
    'Léa Moreau - CEO',
    'Thank you. Revenue was €412 million – up 9% – and our “Harbour Line™” service… grew fastest.',
    'Ticket yields rose 4%; fuel costs fell — a welcome change for the ‘summer’ timetable.',
  ].join('\r\n');
  const table = new Map([...WINDOWS_1252_HIGH].map((char, index) => [char, 0x80 + index]));
  const bytes = Uint8Array.from([...call].map((char) => table.get(char) ?? char.charCodeAt(0)));
  const decoded = decodeTranscriptBytes(bytes);
  expect(decoded.encoding).toBe('windows-1252');
  expect(decoded.text).toBe(call);
  expect(readTranscript(bytes).turns[1]?.paragraphs[0]?.en).toContain('€412 million – up 9% – and our “Harbour Line™” service… grew');
});
