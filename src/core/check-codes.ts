/**
 * Product codes, model names and tickers read as counts: 10DLC → 10 個 DLC, H100 → 100 個 H, 401(k) → 401 名,
 * 4K → 4,000. A code the Chinese keeps as written is fine, and so is a code whose digits the Chinese does not show
 * as a number of things.
 */
import type { CheckFinding } from './translation-checks.ts';

/**
 * A code in English: digits joined to capitals (10DLC, 5G, 3PL, 2FA, 4K, 10-K), capitals joined to digits (H100,
 * X5, K2, A320neo), or 401(k). Not quarters and halves (Q4, 4Q, H1, FY24), units (3nm) or ordinals.
 */
const EN_CODE = /(?<![\w$.,-])(?:(\d+)-?([A-Z]{1,4})(?:\d+[A-Za-z]*)?|([A-Z]{1,3})-?(\d+)[A-Za-z]*|(\d+)\(([a-z])\))(?![\w-])/g;

const NOT_CODES = /^(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H)(?:2\d|20\d{2})?|(?:FY|CY|F)\d{2,4}|\d+(?:K|M|B|MM|BN))$/;
/** "4K" and "10M" are amounts as often as codes; they count as codes only where the Chinese multiplies them out. */
const SCALE: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, B: 1e9 };

/** Classifiers a count takes in Chinese (個 DLC, 名 employees, 家 partners…). */
const CLASSIFIER = '個|名|家|位|項|種|條|台|臺|次|輛|件|款|支|張|份|套|組|座|間|顆|隻|筆';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Codes read as counts in one pair. */
export function checkCodes(en: string, zh: string): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const flat = zh.replace(/\s+/g, '').toUpperCase();
  EN_CODE.lastIndex = 0;
  for (let match = EN_CODE.exec(en); match; match = EN_CODE.exec(en)) {
    const code = match[0];
    const digits = match[1] ?? match[4] ?? match[5] ?? '';
    const letters = match[2] ?? match[3] ?? match[6] ?? '';
    const scale = match[1] && !/\d/.test(code.slice(match[1].length)) ? SCALE[letters] : undefined;
    if (NOT_CODES.test(code) && scale === undefined) continue;
    // Kept as written (spaces and case aside): fine.
    if (flat.includes(code.replace(/\s+/g, '').toUpperCase())) continue;
    const number = escape(digits);
    const asCount = new RegExp(
      String.raw`(?<![\d.,A-Za-z])${number}\s*(?:(?:${CLASSIFIER})\s*[A-Za-z]*|${escape(letters)}(?![A-Za-z]))|(?<![A-Za-z])${escape(letters)}\s*${number}(?!\d)`,
      'i',
    );
    let found = asCount.exec(zh);
    // The digits alone followed by the letters with a classifier in between ("100 個 H 叢集").
    if (!found && scale !== undefined) {
      const value = Number(digits) * scale;
      const grouped = value.toLocaleString('en-US');
      found = new RegExp(String.raw`(?<![\d.,])(?:${escape(grouped)}|${value})(?![\d.,])`).exec(zh);
    }
    if (!found) continue;
    // The same number said in the English as a count of its own ("3 new OEM partners") explains it.
    if (
      new RegExp(String.raw`(?<![\w.,$-])${number}(?![\w.,%-])`).test(en.slice(0, match.index) + ' ' + en.slice(match.index + code.length))
    )
      continue;
    findings.push({
      kind: 'code',
      problem: 'read-as-count',
      en: { text: code, start: match.index, end: match.index + code.length },
      zh: { text: found[0].trim(), start: found.index, end: found.index + found[0].trim().length },
    });
  }
  return findings;
}
