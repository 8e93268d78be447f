import { callPeriod } from '../../../core/call-period.ts';
import { callPeople, type AnalystRef, type SpeakerRef } from '../../../core/people.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import type { ReadResult } from '../../../workers/parse-protocol.ts';

/** Where a call came from. */
export type CallSource = 'file' | 'paste' | 'url' | 'demo';

/**
 * The small record the library lists, stored next to each call's text so that listing never parses a transcript.
 * Fields are only ever added (an older page keeps the fields it does not know: writes merge); `format` changes
 * only when a field changes meaning, and a page skips (and reports) a record whose format it does not know.
 */
export interface CallSummary {
  format: 1;
  /**
   * The URL id (/read/<id>): first 16 hex digits of the SHA-256 of the call's text (`textId`). Calls stored before
   * schema 2 keep the id they had, made from the SHA-256 of the original bytes, so their links still work.
   */
  id: string;
  /**
   * First 16 hex digits of the SHA-256 of the decoded text without BOM and with LF line endings: the same call in
   * UTF-8, UTF-16 or Big5 has one textId. Missing on records written before schema 2 until the start-up pass adds it.
   */
  textId?: string;
  /** Full SHA-256 of the original bytes, hex. */
  sha256: string;
  source: CallSource;
  /** File name, the URL it came from, or '' for pasted text. */
  name: string;
  company: string | null;
  period: string | null;
  title: string;
  /** Encoding the bytes were decoded from; the stored text is re-parsed with it. */
  encoding: string;
  /** Size of the original bytes. */
  size: number;
  questions: number;
  turns: number;
  /** Number of parser diagnostics (unpaired lines and the like). */
  notices: number;
  /** First time this content was opened (ms since epoch). */
  addedAt: number;
  /** Last time this content was opened (ms since epoch); the library sorts on it. */
  openedAt: number;
  /**
   * Version of the details below, read from the text (`CALL_DETAILS_VERSION`). Missing on records written before
   * them: a start-up pass parses the stored text and adds them (`fillCallDetails`).
   */
  details?: number;
  /** Fiscal quarter (1–4) and year of the call, or null when the call names none. */
  quarter?: number | null;
  year?: number | null;
  /** The day the call was held where the call says so (ISO `YYYY-MM-DD`), or null. */
  date?: string | null;
  /** The analysts introduced (a substitute is listed under the analyst they stood in for), with their firm. */
  analysts?: AnalystRef[];
  /** The company's speakers, with their titles. */
  speakers?: SpeakerRef[];
}

/** The version of the details a summary holds (period, date, people); a summary with an older one is filled again. */
export const CALL_DETAILS_VERSION = 1;

/** The fields of a summary read from the call's text by the core (period, date, people). */
export type CallDetails = Required<Pick<CallSummary, 'details' | 'quarter' | 'year' | 'date' | 'analysts' | 'speakers'>>;

/** The details of a parsed call: fiscal quarter and year, the stated date, the analysts and the company's speakers. */
export function callDetails(transcript: Transcript, read?: Pick<ReadResult, 'period' | 'people'>): CallDetails {
  const period = read?.period ?? callPeriod(transcript);
  const people = read?.people ?? callPeople(transcript);
  return {
    details: CALL_DETAILS_VERSION,
    quarter: period.quarter,
    year: period.year,
    date: period.date,
    analysts: people.analysts,
    speakers: people.speakers,
  };
}

/** True when a summary lacks the details this version computes (written before them, or by an older version). */
export function needsDetails(summary: CallSummary): boolean {
  return (summary.details ?? 0) < CALL_DETAILS_VERSION;
}

/** Builds the summary record of a freshly parsed call. */
export function summarizeCall(
  transcript: Transcript,
  details: { id: string; textId: string; sha256: string; source: CallSource; name: string; size: number; now: number },
  /** The period and people where the parse already read them (see ReadResult). */
  read?: Pick<ReadResult, 'period' | 'people'>,
): CallSummary {
  return {
    format: 1,
    id: details.id,
    textId: details.textId,
    sha256: details.sha256,
    source: details.source,
    name: details.name,
    company: transcript.meta.company,
    period: transcript.meta.period,
    title: transcript.meta.title,
    encoding: transcript.meta.encoding,
    size: details.size,
    questions: transcript.questions.length,
    turns: transcript.turns.length,
    notices: transcript.diagnostics.length,
    addedAt: details.now,
    openedAt: details.now,
    ...callDetails(transcript, read),
  };
}

/** The id of a call: a prefix of its content hash (64 bits: collisions are not a practical concern for one person's library). */
export function callIdFromHash(sha256: string): string {
  return sha256.slice(0, 16);
}

const SOURCES: readonly string[] = ['file', 'paste', 'url', 'demo'] satisfies CallSource[];

/** What a stored summary record turned out to be. */
export type SummaryRecord =
  | { kind: 'ok'; summary: CallSummary }
  /** Written by a newer Duet (a `format` this page does not know): left untouched, reported. */
  | { kind: 'newer' }
  /** Damaged or not a summary at all: skipped, reported. */
  | { kind: 'malformed' };

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

function isPeople(value: unknown, extra: 'firm' | 'title'): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        isText((entry as Record<string, unknown>).name) &&
        isText((entry as Record<string, unknown>).slug) &&
        isText((entry as Record<string, unknown>)[extra]),
    )
  );
}

/**
 * Checks a record read from storage. The record is returned as it is (unknown fields included), so that writing it
 * back keeps what a newer version added.
 */
export function readSummaryRecord(value: unknown, id: string): SummaryRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'malformed' };
  const record = value as Record<string, unknown>;
  if (record.format !== 1) return typeof record.format === 'number' && record.format > 1 ? { kind: 'newer' } : { kind: 'malformed' };
  const valid =
    record.id === id &&
    (record.textId === undefined || isText(record.textId)) &&
    isText(record.sha256) &&
    SOURCES.includes(record.source as string) &&
    isText(record.name) &&
    isTextOrNull(record.company) &&
    isTextOrNull(record.period) &&
    isText(record.title) &&
    isText(record.encoding) &&
    isCount(record.size) &&
    isCount(record.questions) &&
    isCount(record.turns) &&
    isCount(record.notices) &&
    isCount(record.addedAt) &&
    isCount(record.openedAt);
  if (!valid) return { kind: 'malformed' };
  // Details that do not read right are computed again by the start-up pass; the rest of the record stands.
  const detailsValid =
    (record.quarter === undefined || record.quarter === null || isCount(record.quarter)) &&
    (record.year === undefined || record.year === null || isCount(record.year)) &&
    (record.date === undefined || isTextOrNull(record.date)) &&
    (record.analysts === undefined || isPeople(record.analysts, 'firm')) &&
    (record.speakers === undefined || isPeople(record.speakers, 'title'));
  return { kind: 'ok', summary: (detailsValid ? value : { ...record, details: 0 }) as CallSummary };
}

/** Library order: most recently opened first; the built-in demo after the person's own calls. */
export function compareCalls(a: CallSummary, b: CallSummary): number {
  const demoA = a.source === 'demo' ? 1 : 0;
  const demoB = b.source === 'demo' ? 1 : 0;
  if (demoA !== demoB) return demoA - demoB;
  return b.openedAt - a.openedAt || b.addedAt - a.addedAt || a.id.localeCompare(b.id);
}

/** Library order within a company: the newest fiscal period first; calls without a period after, by last opened. */
export function compareCallPeriods(a: CallSummary, b: CallSummary): number {
  const rank = (summary: CallSummary) => (summary.year ?? 0) * 10 + (summary.quarter ?? 0);
  return rank(b) - rank(a) || compareCalls(a, b);
}

/** A title for a call that does not name itself: the file's name without its extension, or the URL's last segment. */
export function fallbackTitleFor(source: CallSource, name: string): string | undefined {
  if (source === 'file') return name.replace(/\.[^.]+$/, '').trim() || undefined;
  if (source === 'url') {
    try {
      const last = new URL(name).pathname.split('/').filter(Boolean).pop();
      return last ? decodeURIComponent(last).replace(/\.[^.]+$/, '') : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
