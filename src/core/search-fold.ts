/**
 * Folding for search: text and query are both reduced to one comparable form, so a search ignores
 * case, full/half width and Traditional vs Simplified script. Matches are reported as offsets into the
 * ORIGINAL text, so the UI can highlight exactly what is on screen.
 *
 * Folding is done one code point at a time (compatibility decomposition, lower case, then a Traditional →
 * Simplified character table). Working per code point keeps a precise map from folded back to original
 * offsets. Compatibility *decomposition* (NFKD) is used rather than NFKC because it gives the same result
 * whether an accented letter arrives precomposed or as letter + combining mark, one code point at a time.
 */

/** Code point → replacement text (a Traditional character → its Simplified form). */
export type FoldTable = ReadonlyMap<number, string>;

/** A half-open range [start, end) of UTF-16 offsets into a text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A text after folding, with the way back to the original offsets. */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each folded offset, the start of the original code point it came from; null when offsets are unchanged. */
  starts: Uint32Array | null;
  /** For each folded offset, the end of the original code point it came from; null when offsets are unchanged. */
  ends: Uint32Array | null;
}

const NO_TABLE: FoldTable = new Map();
const caches = new WeakMap<FoldTable, Map<number, string>>();

function cacheFor(table: FoldTable): Map<number, string> {
  let cache = caches.get(table);
  if (!cache) {
    cache = new Map();
    caches.set(table, cache);
  }
  return cache;
}

/** One step of folding for one code point: decompose, lower-case, then the table. */
function foldStep(char: string, table: FoldTable): string {
  const lowered = char.normalize('NFKD').toLowerCase();
  let out = '';
  for (const part of lowered) out += table.get(part.codePointAt(0) ?? 0) ?? part;
  return out;
}

/** The fold of one code point, applied until nothing changes, so that folding is idempotent. */
function foldCodePoint(codePoint: number, table: FoldTable, cache: Map<number, string>, depth = 0): string {
  const cached = cache.get(codePoint);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(codePoint);
  const step = foldStep(char, table);
  let result = step;
  if (step !== char && depth < 4) {
    result = '';
    for (const part of step) {
      const partCode = part.codePointAt(0) ?? 0;
      result += partCode === codePoint ? part : foldCodePoint(partCode, table, cache, depth + 1);
    }
  }
  cache.set(codePoint, result);
  return result;
}

/** Folds a text and keeps the map from folded offsets back to original offsets. */
export function foldText(text: string, table: FoldTable = NO_TABLE): FoldedText {
  const cache = cacheFor(table);
  const parts: string[] = [];
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  let folded = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // ASCII fast path: only A-Z change, and they keep their length.
    if (code < 128) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (text[index] ?? ''));
      if (starts && ends) {
        starts.push(index);
        ends.push(index + 1);
      }
      index += 1;
      folded += 1;
      continue;
    }
    const codePoint = text.codePointAt(index) ?? code;
    const width = codePoint > 0xffff ? 2 : 1;
    const result = foldCodePoint(codePoint, table, cache);
    if (!starts && result.length !== width) {
      // First change of length: from here on, keep the map (identity for everything before).
      starts = Array.from({ length: folded }, (_, i) => i);
      ends = Array.from({ length: folded }, (_, i) => i + 1);
    }
    if (starts && ends) {
      for (let k = 0; k < result.length; k += 1) {
        starts.push(index);
        ends.push(index + width);
      }
    }
    parts.push(result);
    folded += result.length;
    index += width;
  }
  return {
    text: parts.join(''),
    starts: starts ? Uint32Array.from(starts) : null,
    ends: ends ? Uint32Array.from(ends) : null,
  };
}

/** The folded form of a text, without the offset map. */
export function fold(text: string, table: FoldTable = NO_TABLE): string {
  return foldText(text, table).text;
}

/** Folds a search query: surrounding white space does not count. */
export function foldQuery(query: string, table: FoldTable = NO_TABLE): string {
  return fold(query.trim(), table);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** True when a folded query is worth searching for: any CJK character, or at least two other characters. */
export function isSearchableQuery(foldedQuery: string): boolean {
  if (foldedQuery.trim() === '') return false;
  return CJK.test(foldedQuery) || foldedQuery.length >= 2;
}

/**
 * Every non-overlapping occurrence of `foldedQuery` in `folded`, as ranges of the ORIGINAL text,
 * in order. At most `limit` ranges are returned.
 */
export function findMatches(folded: FoldedText, foldedQuery: string, limit = Number.POSITIVE_INFINITY): TextRange[] {
  const ranges: TextRange[] = [];
  if (foldedQuery === '') return ranges;
  const { text, starts, ends } = folded;
  let from = text.indexOf(foldedQuery);
  let previousEnd = -1;
  while (from !== -1 && ranges.length < limit) {
    const last = from + foldedQuery.length - 1;
    const start = starts ? (starts[from] ?? from) : from;
    const end = ends ? (ends[last] ?? last + 1) : last + 1;
    if (start >= previousEnd) {
      ranges.push({ start, end });
      previousEnd = end;
    }
    from = text.indexOf(foldedQuery, from + foldedQuery.length);
  }
  return ranges;
}

/**
 * Builds a character table from OpenCC dictionaries ("源 目|…", one or more targets per source).
 * Stages apply in order (e.g. Taiwan variants → standard Traditional, then Traditional → Simplified);
 * only single-character entries are used and the first target wins.
 */
export function buildFoldTable(stages: readonly string[]): FoldTable {
  const maps = stages.map((dict) => {
    const map = new Map<number, string>();
    for (const entry of dict.split('|')) {
      const [source, target] = entry.split(' ');
      if (!source || !target) continue;
      const sourceChars = Array.from(source);
      const targetChars = Array.from(target);
      if (sourceChars.length !== 1 || targetChars.length !== 1) continue;
      const code = source.codePointAt(0);
      if (code !== undefined && !map.has(code)) map.set(code, target);
    }
    return map;
  });
  const keys = new Set<number>();
  for (const map of maps) for (const key of map.keys()) keys.add(key);
  const table = new Map<number, string>();
  for (const key of keys) {
    let value = String.fromCodePoint(key);
    for (const map of maps) value = map.get(value.codePointAt(0) ?? 0) ?? value;
    if (value !== String.fromCodePoint(key)) table.set(key, value);
  }
  return table;
}
