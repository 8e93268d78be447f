/**
 * Years: an abbreviated year read as a century ('24 → 24 世紀) and a year range corrupted in the Chinese
 * (2023 to 2024 → 2023 年至2023 年). A year said as a different year is found with the figures (translation-checks.ts).
 */
import type { CheckFinding, Quote } from './translation-checks.ts';

/** "'24", "’21", "FY'25": an abbreviated year in English. */
const EN_SHORT_YEAR = /(?<![\d'’‘])['’‘](\d{2})\b(?!['’‘]?s\b)/g;
/** "24 世紀", "二十一世紀". */
const ZH_CENTURY = /(\d{1,2}|[一二兩三四五六七八九十]{1,3})\s*世紀/g;

const YEAR = String.raw`(?:(?:19|20)\d{2}|['’‘]\d{2})`;
/** "2023 to 2024", "between 2026 and 2027", "2025 through 2028", "2024-2026", "'23 to '24". */
const EN_RANGE = new RegExp(
  String.raw`(?<![\w.$])(${YEAR})\s*(?:to|through|thru|until|and|-|–|—)\s*(?:fiscal\s+(?:year\s+)?)?(${YEAR})(?![\w%])`,
  'gi',
);
/** "2023 年至2024 年", "2025 至 2025 財年", "2026年到2027年", "2024–2026". */
const ZH_RANGE =
  /(?<![\d.])((?:19|20)\d{2})\s*(?:年|財年|财年|年度)?\s*(?:至|到|~|～|-|–|—)\s*((?:19|20)\d{2})(?!\d)(?:\s*(?:財年|财年|年度|年))?/g;

function fullYear(text: string): number {
  const digits = text.replace(/\D/g, '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

const ZH_NUMERAL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function centuryNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let value = 0;
  let digit = 0;
  for (const char of text) {
    if (char === '十') {
      value += (digit || 1) * 10;
      digit = 0;
    } else digit = ZH_NUMERAL[char] ?? 0;
  }
  return value + digit;
}

const quote = (match: RegExpExecArray): Quote => ({ text: match[0], start: match.index, end: match.index + match[0].length });

/** Year problems of one pair. */
export function checkYears(en: string, zh: string): CheckFinding[] {
  const findings: CheckFinding[] = [];
  // A century where the English has none: the abbreviated year with the same digits, if there is one.
  if (!/centur/i.test(en)) {
    const shortYears = [...en.matchAll(EN_SHORT_YEAR)];
    ZH_CENTURY.lastIndex = 0;
    for (let match = ZH_CENTURY.exec(zh); match; match = ZH_CENTURY.exec(zh)) {
      const number = centuryNumber(match[1] ?? '');
      const short = shortYears.find((candidate) => Number(candidate[1]) === number);
      findings.push({
        kind: 'year',
        problem: 'century',
        en: short ? { text: short[0], start: short.index, end: short.index + short[0].length } : null,
        zh: quote(match),
        year: short ? 2000 + number : null,
      });
    }
  }
  // A range whose ends the Chinese changed: both ends the same, or one end not the English one.
  const enRanges = [...en.matchAll(EN_RANGE)]
    .map((match) => ({ match, years: [fullYear(match[1] ?? ''), fullYear(match[2] ?? '')] as [number, number] }))
    .filter(({ years: [from, to] }) => from < to && to - from < 50);
  if (enRanges.length === 0) return findings;
  ZH_RANGE.lastIndex = 0;
  for (let match = ZH_RANGE.exec(zh); match; match = ZH_RANGE.exec(zh)) {
    const years: [number, number] = [Number(match[1]), Number(match[2])];
    if (enRanges.some((range) => range.years[0] === years[0] && range.years[1] === years[1])) continue;
    const source = enRanges.find((range) => range.years.includes(years[0]) || range.years.includes(years[1]));
    if (!source) continue;
    findings.push({
      kind: 'year',
      problem: 'range',
      en: { text: source.match[0], start: source.match.index, end: source.match.index + source.match[0].length },
      zh: quote(match),
      enYears: source.years,
      zhYears: years,
    });
  }
  return findings;
}
