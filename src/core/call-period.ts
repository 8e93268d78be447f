import { periodOf, readCallIdentity } from './call-meta.ts';
import type { Transcript } from './transcript-model.ts';

/** A call's fiscal quarter and year, and the day it was held where the text says so. */
export interface CallPeriod {
  /** 1–4, or null when the call names no quarter. */
  quarter: number | null;
  /** The fiscal year (2023), or null. */
  year: number | null;
  /** The day of the call as stated in it ("today, February 14, 2024"), ISO `YYYY-MM-DD`, or null. */
  date: string | null;
}

/** "Q4 2023" → { quarter: 4, year: 2023 }; anything else → null. */
export function parsePeriodLabel(label: string | null | undefined): { quarter: number; year: number } | null {
  const match = /^Q([1-4]) ((?:19|20)\d{2})$/.exec(label ?? '');
  return match ? { quarter: Number(match[1]), year: Number(match[2]) } : null;
}

/** The label of a quarter ("Q4 2023"), or of a year alone ("2023"), or null. */
export function periodLabel(period: Pick<CallPeriod, 'quarter' | 'year'>): string | null {
  if (period.year === null) return null;
  return period.quarter === null ? String(period.year) : `Q${period.quarter} ${period.year}`;
}

/** A number that sorts periods in time order (later is larger); 0 for a call without a period. */
export function periodRank(period: Pick<CallPeriod, 'quarter' | 'year'>): number {
  if (period.year === null) return 0;
  return period.year * 10 + (period.quarter ?? 0);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
/** "February 14, 2024", "Feb. 14th 2024", "14 February 2024". */
const DATE_PATTERNS: ReadonlyArray<{ pattern: RegExp; month: number; day: number; year: number }> = [
  { pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'i'), month: 1, day: 2, year: 3 },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+((?:19|20)\d{2})\b`, 'i'),
    month: 2,
    day: 1,
    year: 3,
  },
];
/** A date is the call's own only in a sentence that says so ("today", "this call is being recorded on"). */
const DATE_CONTEXT =
  /\b(?:today|tonight|this (?:morning|afternoon|evening)|recorded|this call|conference call|being held|held on|as of the date)\b/i;

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key));
}

/** The first date in a text ("February 14, 2024") as ISO, or null (also for an impossible day). */
export function readDate(text: string): string | null {
  for (const { pattern, month, day, year } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const m = monthIndex(match[month] ?? '');
    const d = Number(match[day]);
    const y = Number(match[year]);
    const check = new Date(Date.UTC(y, m, d));
    if (m < 0 || check.getUTCMonth() !== m || check.getUTCDate() !== d) continue;
    return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/** How many opening turns are read for the period and date (the operator's welcome and the host's opening). */
const OPENING_TURNS = 4;

/**
 * The call's fiscal quarter and year (the title, else the operator's welcome and the opening remarks) and the
 * date the call was held, where a sentence of the opening states it.
 */
export function callPeriod(transcript: Pick<Transcript, 'meta' | 'turns'>): CallPeriod {
  const opening = transcript.turns
    .slice(0, OPENING_TURNS)
    .flatMap((turn) => turn.paragraphs.slice(0, 4).map((pair) => pair.en ?? ''))
    .filter((text) => text !== '');
  const label =
    parsePeriodLabel(transcript.meta.period) ??
    parsePeriodLabel(periodOf(transcript.meta.title)?.period) ??
    parsePeriodLabel(readCallIdentity(opening).period);
  let date: string | null = null;
  for (const text of opening) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (!DATE_CONTEXT.test(sentence)) continue;
      date = readDate(sentence);
      if (date) break;
    }
    if (date) break;
  }
  return { quarter: label?.quarter ?? null, year: label?.year ?? null, date };
}
