import { analyse } from 'chardet';
import { MAX_TRANSCRIPT_BYTES } from './limits.ts';
import { TranscriptError } from './transcript-model.ts';

/** Text decoded from a file, with the encoding it was decoded from. */
export interface DecodedText {
  text: string;
  encoding: string;
  /**
   * Bytes that were not valid in that encoding and were replaced with U+FFFD (0 for a clean file).
   * Only UTF-8 text that is otherwise overwhelmingly valid is decoded with replacement.
   */
  replacedBytes: number;
}

/**
 * How much damage UTF-8 may have and still be read as UTF-8 (with U+FFFD for the bad bytes): at most one bad
 * sequence per 10 KiB of file (at least one), and at least 99% of the multi-byte sequences valid. Text in a
 * legacy encoding is far from both: Big5 and GB18030 Chinese has about one bad sequence every 5 bytes and
 * under 20% valid sequences; windows-1252 text has almost no valid sequence at all.
 */
const UTF8_BAD_SEQUENCE_EVERY = 10 * 1024;
const UTF8_MIN_VALID_SHARE = 0.99;

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

/** windows-1252 0x80–0x9F per the WHATWG Encoding Standard; the five undefined bytes map to the C1 control of the same value. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes windows-1252 as the WHATWG standard (and every browser) does. Node ≥ 20.18.3 decodes the label as
 * Latin-1 (nodejs/node#56542: 0x80 stays U+0080 instead of €), so the 0x80–0x9F range is mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/** What a UTF-8 decoder (the WHATWG algorithm) meets in some bytes. */
interface Utf8Scan {
  /** Valid sequences of two to four bytes. */
  valid: number;
  /** Invalid sequences: each becomes one U+FFFD. */
  bad: number;
  /** Bytes inside the invalid sequences. */
  badBytes: number;
}

/** Counts valid and invalid UTF-8 sequences the way the WHATWG decoder splits them into U+FFFD. */
function scanUtf8(bytes: Uint8Array, offset: number): Utf8Scan {
  let valid = 0;
  let bad = 0;
  let badBytes = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let index = offset; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (needed === 0) {
      if (byte <= 0x7f) continue;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else {
        bad += 1;
        badBytes += 1;
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one error; this byte starts over.
      bad += 1;
      badBytes += seen + 1;
      needed = 0;
      seen = 0;
      lower = 0x80;
      upper = 0xbf;
      index -= 1;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    seen += 1;
    if (seen === needed) {
      valid += 1;
      needed = 0;
      seen = 0;
    }
  }
  if (needed !== 0) {
    bad += 1;
    badBytes += seen + 1;
  }
  return { valid, bad, badBytes };
}

/** UTF-8 with a few bad bytes replaced by U+FFFD, when the rest is overwhelmingly valid UTF-8; else null. */
function decodeDamagedUtf8(bytes: Uint8Array): DecodedText | null {
  const offset = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const scan = scanUtf8(bytes, offset);
  if (scan.bad === 0) return null;
  const allowed = Math.max(1, Math.ceil(bytes.length / UTF8_BAD_SEQUENCE_EVERY));
  if (scan.bad > allowed || scan.valid < UTF8_MIN_VALID_SHARE * (scan.valid + scan.bad)) return null;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(offset ? bytes.subarray(offset) : bytes);
  return { text, encoding: 'utf-8', replacedBytes: scan.badBytes };
}

function decodeStrict(bytes: Uint8Array, label: string, offset = 0): string | null {
  if (label === 'windows-1252') return decodeWindows1252(offset ? bytes.subarray(offset) : bytes);
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

function checked(text: string, encoding: string, replacedBytes = 0): DecodedText {
  if (text.trim() === '') throw new TranscriptError('empty', 'The file is empty: there is no text in it to read.');
  if (junkRatio(text) > 0.01) {
    throw new TranscriptError('binary', 'This file is not text (it looks like binary data). Choose the .txt transcript file instead.');
  }
  return { text, encoding, replacedBytes };
}

/**
 * Turns the bytes of a transcript file into text.
 * Order: byte-order mark → strict UTF-8 → UTF-8 with a few bad bytes replaced (when the rest is overwhelmingly
 * valid UTF-8; `replacedBytes` counts them) → chardet's candidates (verified by strict decoding).
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

  const damaged = decodeDamagedUtf8(bytes);
  if (damaged) return checked(damaged.text, damaged.encoding, damaged.replacedBytes);

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
