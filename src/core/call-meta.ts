/** Company, call title and fiscal period, read from the operator's welcome line. */
export interface CallIdentity {
  company: string | null;
  title: string | null;
  period: string | null;
}

const QUARTER_WORDS: Readonly<Record<string, string>> = { first: '1', second: '2', third: '3', fourth: '4' };

/** The call's name after "welcome to" / "joining us for": "... Earnings Conference Call". */
const CALL_NAME =
  /\b(?:welcome(?:\s+everyone)?\s+to|joining\s+(?:us\s+)?(?:for|on|to)|participating\s+in)\s+(?:the\s+|today's\s+|our\s+)?([^.()]*?\b(?:earnings|results|financial|quarter)\b[^.()]*?\b(?:conference\s+call|call|webcast|teleconference|conference))\b/i;

const PERIOD_PATTERNS: ReadonlyArray<{ pattern: RegExp; quarter: number; year: number }> = [
  {
    pattern:
      /\b(first|second|third|fourth)\s+quarter\s+(?:and\s+full[-\s]year\s+)?(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(?:FY\s*)?((?:19|20)\d{2})\b/i,
    quarter: 1,
    year: 2,
  },
  { pattern: /\b(?:fiscal\s+(?:year\s+)?)?(?:FY\s*)?((?:19|20)\d{2})\s+(first|second|third|fourth)\s+quarter\b/i, quarter: 2, year: 1 },
  { pattern: /\bQ([1-4])\s+(?:fiscal\s+)?(?:FY\s*)?((?:19|20)\d{2})\b/i, quarter: 1, year: 2 },
  // Two-digit years: "Q4 FY23", "Q4'23", "FY24 Q1", "fiscal '25 first quarter".
  { pattern: /\bQ([1-4])\s*(?:FY\s*'?|fiscal\s+'?|')(\d{2})\b/i, quarter: 1, year: 2 },
  { pattern: /\b(?:FY\s*'?|fiscal\s+')(\d{2})\s+(?:Q([1-4])|(first|second|third|fourth)\s+quarter)\b/i, quarter: 2, year: 1 },
];

/** A year as written ("2023", "23") as a full year. */
function fullYear(text: string): string {
  return text.length === 2 ? `20${text}` : text;
}

/** The first fiscal period named in a text ("Q4 2023") and where it starts. */
export function periodOf(text: string): { period: string; index: number } | null {
  for (const { pattern, quarter, year } of PERIOD_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rawQuarter = (match[quarter] ?? match[quarter + 1] ?? '').toLowerCase();
    const number = QUARTER_WORDS[rawQuarter] ?? rawQuarter;
    return { period: `Q${number} ${fullYear(match[year] ?? '')}`, index: match.index };
  }
  return null;
}

/**
 * Reads company, title and period from the first English paragraphs of the call
 * ("Hello, and welcome to the Acme Fourth Quarter 2023 Earnings Conference Call.").
 */
export function readCallIdentity(paragraphs: readonly string[]): CallIdentity {
  for (const text of paragraphs) {
    const match = CALL_NAME.exec(text);
    if (!match?.[1]) continue;
    const title = match[1].trim().replace(/^(?:the)\s+/i, '');
    const found = periodOf(title);
    let company: string | null = null;
    if (found && found.index > 0) {
      company = title
        .slice(0, found.index)
        .trim()
        .replace(/['’]s?$/, '')
        .trim();
    }
    return { company: company || null, title: title.replace(/^(\p{Ll})/u, (first) => first.toUpperCase()), period: found?.period ?? null };
  }
  for (const text of paragraphs) {
    const found = periodOf(text);
    if (found) return { company: null, title: null, period: found.period };
  }
  return { company: null, title: null, period: null };
}
