import { expect, test } from 'vitest';
import { decodeTranscriptBytes, MAX_TRANSCRIPT_BYTES } from '../../src/core/decode-transcript-bytes.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { TranscriptError } from '../../src/core/transcript-model.ts';
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
