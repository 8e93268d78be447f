/**
 * Quantities in English and Chinese text, normalised to value + kind, so the two sides of a pair can be
 * compared: "$1.1 billion" and "11 億美元" are both currency 1.1e9; "450 basis points" and "450 個基點" are bps 450.
 */

export type QuantityKind =
  'currency' | 'percent' | 'bps' | 'count' | 'quarter' | 'year' | 'figure' | 'duration' | 'multiple' | 'half' | 'fraction' | 'points';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  /** The text as written ("$1.1 billion", "11 億美元"). */
  text: string;
  /** Offset of `text` in the paragraph. */
  index: number;
  /** True for a bare number without unit or scale ("150"), which translations may spell in words. */
  bare: boolean;
}

const EN_SCALE: Readonly<Record<string, number>> = {
  trillion: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mm: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};
const EN_WORD_NUMBER: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  single: 1,
  double: 2,
  triple: 3,
};
const ORDINAL_QUARTER: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

/** Rounds away floating-point noise (1.1 * 1e9 → 1100000000). */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

function toNumber(digits: string): number {
  return Number.parseFloat(digits.replace(/,/g, ''));
}

const EN_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;

const EN_PATTERNS: ReadonlyArray<{ pattern: RegExp; read: (match: RegExpExecArray) => Omit<Quantity, 'text' | 'index'> | null }> = [
  {
    // $1.1 billion, US$ 42 million, $0.42, $12.5M
    pattern: new RegExp(String.raw`(?:US)?\$\s?(${EN_NUMBER})(?:\s*-?\s*(trillion|billion|million|thousand|bn|mm|[bmk])\b)?`, 'gi'),
    read: (match) => ({
      kind: 'currency',
      value: clean(toNumber(match[1] ?? '') * (EN_SCALE[(match[2] ?? '').toLowerCase()] ?? 1)),
      bare: false,
    }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.$])(${EN_NUMBER})\s*cents?\b`, 'gi'),
    read: (match) => ({ kind: 'currency', value: clean(toNumber(match[1] ?? '') / 100), bare: false }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.$])(${EN_NUMBER})\s*(?:%|percent\b|per cent\b)`, 'gi'),
    read: (match) => ({ kind: 'percent', value: toNumber(match[1] ?? ''), bare: false }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.$])(${EN_NUMBER})\s*(?:basis[- ]points?|bps|bp)\b`, 'gi'),
    read: (match) => ({ kind: 'bps', value: toNumber(match[1] ?? ''), bare: false }),
  },
  {
    pattern: /\bQ([1-4])\b|\b([1-4])Q\b|\b(first|second|third|fourth)[- ]quarter\b/gi,
    read: (match) => ({
      kind: 'quarter',
      value: Number(match[1] ?? match[2] ?? ORDINAL_QUARTER[(match[3] ?? '').toLowerCase()] ?? 0),
      bare: false,
    }),
  },
  {
    pattern: /(?<![\w.$])(\d+)-(figure|digit)\b/gi,
    read: (match) => ({ kind: 'figure', value: Number(match[1]), bare: false }),
  },
  {
    // seven-figure, double-digit, high single digits
    pattern: new RegExp(String.raw`\b(${Object.keys(EN_WORD_NUMBER).join('|')}|single|double|triple)[- ](?:figure|digit)s?\b`, 'gi'),
    read: (match) => ({ kind: 'figure', value: EN_WORD_NUMBER[(match[1] ?? '').toLowerCase()] ?? 0, bare: false }),
  },
  {
    pattern: /\b(?:(first|front|1st)[- ]half|(second|back|2nd)[- ]half|\bH([12]))\b/gi,
    read: (match) => ({ kind: 'half', value: match[1] ? 1 : match[2] ? 2 : Number(match[3]), bare: false }),
  },
  {
    pattern: /\b(one|a|two|three|four)[- ](third|thirds|quarter|quarters|fifth|fifths)\b(?=\s+of\b)/gi,
    read: (match) => {
      const top = EN_WORD_NUMBER[(match[1] ?? '').toLowerCase()] ?? 1;
      const bottom = /^third/i.test(match[2] ?? '') ? 3 : /^quarter/i.test(match[2] ?? '') ? 4 : 5;
      return { kind: 'fraction', value: clean(top / bottom), bare: false };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.$])(${EN_NUMBER})\s*(?:percentage[- ])?points?\b`, 'gi'),
    read: (match) => ({ kind: 'points', value: toNumber(match[1] ?? ''), bare: false }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.$])(\d+|${Object.keys(EN_WORD_NUMBER).join('|')})[- ](?:year|yr)s?(?:[- ]old)?\b`, 'gi'),
    read: (match) => {
      const raw = (match[1] ?? '').toLowerCase();
      return { kind: 'duration', value: EN_WORD_NUMBER[raw] ?? Number(raw), bare: false };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.$])(${EN_NUMBER})\s*(?:x\b|times\b)`, 'gi'),
    read: (match) => ({ kind: 'multiple', value: toNumber(match[1] ?? ''), bare: false }),
  },
  {
    // 42 million call minutes, 3.2 million, 850,000, 150, 2026
    pattern: new RegExp(
      String.raw`(?<![\w.$#'’/-])(${EN_NUMBER})(?:\s*(trillion|billion|million|thousand)\b)?(?![\w%$/]|-\w|\.\d|:\d)`,
      'gi',
    ),
    read: (match) => {
      const raw = match[1] ?? '';
      const scale = (match[2] ?? '').toLowerCase();
      const value = clean(toNumber(raw) * (EN_SCALE[scale] ?? 1));
      if (!scale && /^(?:19|20)\d{2}$/.test(raw)) return { kind: 'year', value, bare: false };
      return { kind: 'count', value, bare: !scale };
    },
  },
];

/** Quantities in an English paragraph, in order, without overlaps. */
export function englishQuantities(text: string): Quantity[] {
  return collect(text, EN_PATTERNS);
}

const ZH_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG_UNIT: Readonly<Record<string, number>> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };

/** Value of a Chinese numeral ("兩千" → 2000, "十一" → 11, "三百萬" → 3000000), or NaN. */
export function chineseNumeralValue(text: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const char of text) {
    const small = ZH_SMALL_UNIT[char];
    const big = ZH_BIG_UNIT[char];
    const value = ZH_DIGIT[char];
    if (value !== undefined) digit = value;
    else if (small !== undefined) {
      section += (digit === -1 ? 1 : digit) * small;
      digit = -1;
    } else if (big !== undefined) {
      section += digit === -1 ? 0 : digit;
      total = (total + (section === 0 ? 1 : section)) * big;
      section = 0;
      digit = -1;
    } else return Number.NaN;
  }
  return total + section + (digit === -1 ? 0 : digit);
}

const ZH_NUMERAL = '[零〇一二兩两三四五六七八九十百千]+';
const ZH_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const ZH_SCALE = '(?:萬億|万亿|兆|億|亿|萬|万|千)';

function zhScale(text: string): number {
  let scale = 1;
  for (const char of text) scale *= ZH_BIG_UNIT[char] ?? ZH_SMALL_UNIT[char] ?? 1;
  return scale;
}

function zhValue(digits: string | undefined, numeral: string | undefined, scale: string | undefined): number {
  const base = digits !== undefined ? toNumber(digits) : chineseNumeralValue(numeral ?? '');
  return clean(base * zhScale(scale ?? ''));
}

const ZH_AMOUNT = String.raw`(?:(${ZH_NUMBER})|(${ZH_NUMERAL}))\s*(${ZH_SCALE})?`;

const ZH_PATTERNS: ReadonlyArray<{ pattern: RegExp; read: (match: RegExpExecArray) => Omit<Quantity, 'text' | 'index'> | null }> = [
  {
    pattern: new RegExp(String.raw`百分之\s*(?:(${ZH_NUMBER})|(${ZH_NUMERAL}))`, 'g'),
    read: (match) => ({ kind: 'percent', value: zhValue(match[1], match[2], ''), bare: false }),
  },
  {
    pattern: new RegExp(String.raw`(?:US)?\$\s?(${ZH_NUMBER})\s*(${ZH_SCALE})?`, 'g'),
    read: (match) => ({ kind: 'currency', value: zhValue(match[1], undefined, match[2]), bare: false }),
  },
  {
    pattern: new RegExp(String.raw`${ZH_AMOUNT}\s*(美元|美金|美分)`, 'g'),
    read: (match) => {
      const value = zhValue(match[1], match[2], match[3]);
      return { kind: 'currency', value: match[4] === '美分' ? clean(value / 100) : value, bare: false };
    },
  },
  {
    // "20%加一": a percentage plus a number, as machine translation renders "20% plus, one" (read as 21%).
    pattern: new RegExp(String.raw`(?<![\d.])(${ZH_NUMBER})\s*(?:%|％)\s*加\s*(\d+|[一二兩三四五六七八九十])(?![\d萬億千百十%％個])`, 'g'),
    read: (match) => {
      const added = match[2] ?? '';
      return {
        kind: 'percent',
        value: clean(toNumber(match[1] ?? '') + (/\d/.test(added) ? Number(added) : chineseNumeralValue(added))),
        bare: false,
      };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\d.])(${ZH_NUMBER})\s*(?:%|％)`, 'g'),
    read: (match) => ({ kind: 'percent', value: toNumber(match[1] ?? ''), bare: false }),
  },
  {
    pattern: new RegExp(String.raw`${ZH_AMOUNT}\s*(?:個)?基點`, 'g'),
    read: (match) => ({ kind: 'bps', value: zhValue(match[1], match[2], match[3]), bare: false }),
  },
  {
    pattern: /第\s*([一二三四1-4])\s*(?:季|財季)|(?<![\w.])Q([1-4])(?!\w)|(?<![\w.])([1-4])Q(?!\w)/g,
    read: (match) => ({ kind: 'quarter', value: ZH_DIGIT[match[1] ?? ''] ?? Number(match[1] ?? match[2] ?? match[3]), bare: false }),
  },
  {
    pattern: /(上半年|前半|下半年|後半|后半)|(?<![A-Za-z])H([12])(?![\w])/g,
    read: (match) => ({ kind: 'half', value: match[2] ? Number(match[2]) : /上|前/.test(match[1] ?? '') ? 1 : 2, bare: false }),
  },
  {
    pattern: /([一二三四五六七八九十])分之([一二三四五六七八九十]+)|一半/g,
    read: (match) => {
      if (!match[1]) return { kind: 'fraction', value: 0.5, bare: false };
      return { kind: 'fraction', value: clean(chineseNumeralValue(match[2] ?? '') / chineseNumeralValue(match[1])), bare: false };
    },
  },
  {
    pattern: new RegExp(String.raw`(?:(${ZH_NUMBER})|(${ZH_NUMERAL}))\s*(?:個)?百分點`, 'g'),
    read: (match) => ({ kind: 'points', value: zhValue(match[1], match[2], ''), bare: false }),
  },
  {
    pattern: /(個|雙|个|双)位數/g,
    read: (match) => ({ kind: 'figure', value: match[1] === '個' || match[1] === '个' ? 1 : 2, bare: false }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\d.])(\d+|${ZH_NUMERAL})\s*位數`, 'g'),
    read: (match) => ({
      kind: 'figure',
      value: /\d/.test(match[1] ?? '') ? Number(match[1]) : chineseNumeralValue(match[1] ?? ''),
      bare: false,
    }),
  },
  {
    pattern: new RegExp(String.raw`(?<!\d)(?<!\d[.,])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[一二兩三四五六七八九十半]+)\s*倍`, 'g'),
    read: (match) => {
      const raw = match[1] ?? '';
      const value = /\d/.test(raw) ? toNumber(raw) : raw === '半' ? 0.5 : chineseNumeralValue(raw);
      return { kind: 'multiple', value, bare: false };
    },
  },
  {
    pattern: /(?<!\d)(?<!\d[.,])((?:19|20)\d{2})(?![\d])\s*(?:年|財年|财年|財政年度)?/g,
    read: (match) => ({ kind: 'year', value: Number(match[1]), bare: false }),
  },
  {
    pattern: /(?<!\d)(?<!\d[.,])(\d{1,2}|[一二兩三四五六七八九十]+)\s*(?:年期|年)(?!度)/g,
    read: (match) => ({
      kind: 'duration',
      value: /\d/.test(match[1] ?? '') ? Number(match[1]) : chineseNumeralValue(match[1] ?? ''),
      bare: false,
    }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\w.$/-])(${ZH_NUMBER})\s*(${ZH_SCALE})?(?![\w%$]|-\w|:\d|\.\d)`, 'g'),
    read: (match) => ({ kind: 'count', value: zhValue(match[1], undefined, match[2]), bare: match[2] === undefined }),
  },
  {
    // Chinese numerals count only with a scale or as multi-character numbers (兩千, 十一): "一個" is "a".
    pattern: new RegExp(String.raw`(?<![數数幾几上成好])(${ZH_NUMERAL})(${ZH_SCALE})?`, 'g'),
    read: (match) => {
      const numeral = match[1] ?? '';
      const hasScale = match[2] !== undefined;
      if (!hasScale && (numeral.length < 2 || !/[十百千]/.test(numeral))) return null;
      const value = zhValue(undefined, numeral, match[2]);
      return Number.isFinite(value) ? { kind: 'count', value, bare: !hasScale } : null;
    },
  },
];

/** Quantities in a Chinese paragraph, in order, without overlaps. */
export function chineseQuantities(text: string): Quantity[] {
  return collect(text, ZH_PATTERNS);
}

function collect(
  text: string,
  patterns: ReadonlyArray<{ pattern: RegExp; read: (match: RegExpExecArray) => Omit<Quantity, 'text' | 'index'> | null }>,
): Quantity[] {
  const taken: Array<[number, number]> = [];
  const found: Quantity[] = [];
  const overlaps = (start: number, end: number) => taken.some(([from, to]) => start < to && end > from);
  for (const { pattern, read } of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      if (overlaps(start, end)) continue;
      const quantity = read(match);
      if (!quantity || !Number.isFinite(quantity.value)) continue;
      taken.push([start, end]);
      found.push({ ...quantity, text: match[0].trim(), index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Human form of a normalised quantity ("$110 million", "11%", "450 basis points", "Q4"). */
export function describeQuantity(quantity: Pick<Quantity, 'kind' | 'value'>): string {
  const { kind, value } = quantity;
  const plain = (amount: number) => {
    const scales: Array<[number, string]> = [
      [1e12, 'trillion'],
      [1e9, 'billion'],
      [1e6, 'million'],
    ];
    for (const [scale, word] of scales) {
      if (Math.abs(amount) >= scale) return `${clean(amount / scale).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${word}`;
    }
    return amount.toLocaleString('en-US', { maximumFractionDigits: 3 });
  };
  switch (kind) {
    case 'currency':
      return `$${plain(value)}`;
    case 'percent':
      return `${value}%`;
    case 'bps':
      return `${value} basis points`;
    case 'quarter':
      return `Q${value}`;
    case 'year':
      return String(value);
    case 'figure':
      return `${value}-figure`;
    case 'duration':
      return `${value} years`;
    case 'multiple':
      return `${value}×`;
    case 'half':
      return value === 1 ? 'first half' : 'second half';
    case 'fraction':
      return `${clean(value * 100)}%`;
    case 'points':
      return `${value} percentage points`;
    case 'count':
      return plain(value);
  }
}
