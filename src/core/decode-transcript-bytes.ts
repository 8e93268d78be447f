import { analyse } from 'chardet';
import { TranscriptError } from './transcript-model.ts';

/** Largest file Duet reads (bytes); larger files are refused before decoding. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;

/** Text decoded from a file, with the encoding it was decoded from. */
export interface DecodedText {
  text: string;
  encoding: string;
}

const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or a Word/Excel file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

/** Encodings chardet may name that are worth trying for these files, mapped to TextDecoder labels. */
const CHARDET_TO_LABEL: Readonly<Record<string, string>> = {
  Big5: 'big5',
  GB18030: 'gb18030',
  'EUC-KR': 'euc-kr',
  'EUC-JP': 'euc-jp',
  Shift_JIS: 'shift_jis',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** Characters frequent in Chinese prose, in both scripts: a wrong CJK decoding rarely produces them. */
const FREQUENT_HAN = new Set(
  '的是在不了有和人中大為为上個个我們们這这來来說说時时要就出會会也你對对生能而子那得於于下自之年過过發发後后作裡里用道行所然家種种事成方多經经麼么去法學学如都同現现當当沒没動动面起看定天分還还進进好小部其些主樣样理心本前開开但因只從从想實实季營营收長长增率客戶户公司將将業业務务',
);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((value, index) => bytes[index] === value);
}

function decodeStrict(bytes: Uint8Array, label: string, offset = 0): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(offset ? bytes.subarray(offset) : bytes);
  } catch {
    return null;
  }
}

/** Guesses UTF-16 without a BOM from the pattern of zero bytes in ASCII-heavy text. */
function guessBomlessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.02) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.02) return 'utf-16be';
  return null;
}

function frequentHanScore(text: string): number {
  let score = 0;
  const limit = Math.min(text.length, 65536);
  for (let index = 0; index < limit; index += 1) {
    if (FREQUENT_HAN.has(text[index] ?? '')) score += 1;
  }
  return score;
}

/** Share of characters that no text file contains (C0 controls other than tab/CR/LF, and U+FFFD). */
function junkRatio(text: string): number {
  const limit = Math.min(text.length, 65536);
  if (limit === 0) return 0;
  let junk = 0;
  for (let index = 0; index < limit; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffd) junk += 1;
  }
  return junk / limit;
}

function checked(text: string, encoding: string): DecodedText {
  if (text.trim() === '') throw new TranscriptError('empty', 'The file is empty: there is no text in it to read.');
  if (junkRatio(text) > 0.01) {
    throw new TranscriptError('binary', 'This file is not text (it looks like binary data). Choose the .txt transcript file instead.');
  }
  return { text, encoding };
}

/**
 * Turns the bytes of a transcript file into text.
 * Order: byte-order mark → strict UTF-8 → chardet's candidates (verified by strict decoding) → TextDecoder.
 * Throws TranscriptError ('empty', 'binary', 'undecodable', 'too-large') with a plain message.
 */
export function decodeTranscriptBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_TRANSCRIPT_BYTES) {
    throw new TranscriptError(
      'too-large',
      `This file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; Duet reads transcripts up to ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB.`,
    );
  }
  if (bytes.length === 0) throw new TranscriptError('empty', 'The file is empty: there is no text in it to read.');

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict(bytes, 'utf-8', 3);
    if (text !== null) return checked(text, 'utf-8');
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return checked(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff]))
    return checked(new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16be');

  const signature = SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) {
    throw new TranscriptError('binary', `This file is ${signature.name}, not a text transcript. Choose the .txt transcript file instead.`);
  }

  const sample = bytes.subarray(0, 8192);
  const utf16 = guessBomlessUtf16(sample);
  if (utf16) return checked(new TextDecoder(utf16).decode(bytes), utf16);

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return checked(utf8, 'utf-8');

  if (sample.includes(0)) {
    throw new TranscriptError('binary', 'This file is not text (it contains binary data). Choose the .txt transcript file instead.');
  }

  const candidates: Array<{ encoding: string; text: string; score: number }> = [];
  const tried = new Set<string>();
  for (const match of analyse(bytes.subarray(0, 262144))) {
    const label = CHARDET_TO_LABEL[match.name];
    if (!label || tried.has(label)) continue;
    tried.add(label);
    const text = decodeStrict(bytes, label);
    if (text !== null && junkRatio(text) <= 0.01) candidates.push({ encoding: label, text, score: frequentHanScore(text) });
  }
  // chardet often ranks Big5 and GB18030 close together; prefer the decoding that reads as Chinese prose.
  for (const label of ['big5', 'gb18030']) {
    if (tried.has(label)) continue;
    const text = decodeStrict(bytes, label);
    if (text !== null && junkRatio(text) <= 0.01) candidates.push({ encoding: label, text, score: frequentHanScore(text) });
  }
  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (winner, candidate) => (winner === null || candidate.score > winner.score ? candidate : winner),
    null,
  );
  if (best) return checked(best.text, best.encoding);

  throw new TranscriptError(
    'undecodable',
    'The text in this file could not be decoded (it is not UTF-8, UTF-16, Big5 or GB18030). Save it as UTF-8 and open it again.',
  );
}
