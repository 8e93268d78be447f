/**
 * Encoders for legacy Chinese encodings, built by inverting the platform's TextDecoder over the
 * two-byte range. Lets tests make Big5 and GB18030 files from our own UTF-8 fixtures.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: 'big5' | 'gb18030'): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const decoder = new TextDecoder(label, { fatal: true });
  const map = new Map<string, number[]>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let char: string;
      try {
        char = decoder.decode(pair);
      } catch {
        continue;
      }
      if ([...char].length === 1 && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  tables.set(label, map);
  return map;
}

/** Encodes text as Big5 or GB18030 (two-byte range); throws on a character the encoding lacks. */
export function encodeLegacy(text: string, label: 'big5' | 'gb18030'): Uint8Array {
  const map = table(label);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const encoded = map.get(char);
    if (!encoded) throw new Error(`${label} has no encoding for ${char} (U+${code.toString(16)})`);
    bytes.push(...encoded);
  }
  return Uint8Array.from(bytes);
}

/** Encodes text as UTF-16 with a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    const high = unit >> 8;
    const low = unit & 0xff;
    bytes[2 + index * 2] = endian === 'le' ? low : high;
    bytes[3 + index * 2] = endian === 'le' ? high : low;
  }
  return bytes;
}
