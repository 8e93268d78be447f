/**
 * Highlights and notes: what they are, where they point in a call, and how they are written out (Markdown and CSV,
 * with the same citation as "Copy quote"). Pure: storage and the interface live in the library and notes features.
 */
import { alignSentences, DEFAULT_LENGTH_MODEL, type LengthModel } from './align-sentences.ts';
import { quoteAsMarkdown, quoteAsText, type QuoteSource } from './quote-citation.ts';
import { splitChineseSentences, splitEnglishSentences } from './split-sentences.ts';
import type { Transcript } from './transcript-model.ts';

export const NOTE_FORMAT = 1;
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/**
 * Where a highlight is: the parsed place (turn, paragraph pair, language), offsets into that language's text as the
 * file has it (Traditional characters for the Chinese), the pair's line in the file (for links), and the quoted text
 * (to find the place again if the offsets no longer match).
 */
export interface NoteAnchor {
  turn: number;
  paragraph: number;
  lang: 'en' | 'zh';
  start: number;
  end: number;
  quote: string;
  line: number;
}

/** The call a note belongs to, as it was named when the note was made (the All notes page lists without parsing). */
export interface NoteCall {
  company: string | null;
  period: string | null;
  title: string;
}

/** A highlight, with or without a note. `revision` grows by one on every write (two tabs never silently overwrite). */
export interface Note {
  format: typeof NOTE_FORMAT;
  id: string;
  callId: string;
  call: NoteCall;
  anchor: NoteAnchor;
  /** Who said it (kept for the All notes page and the export). */
  speaker: string;
  color: HighlightColor;
  text: string;
  revision: number;
  createdAt: number;
  updatedAt: number;
}

export type NoteRecord = { kind: 'ok'; note: Note } | { kind: 'newer' } | { kind: 'malformed' };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** A note record read from storage or a backup file (untrusted), checked. Unknown fields are kept. */
export function readNoteRecord(value: unknown): NoteRecord {
  if (typeof value !== 'object' || value === null) return { kind: 'malformed' };
  const record = value as Record<string, unknown>;
  if (isNumber(record.format) && record.format > NOTE_FORMAT) return { kind: 'newer' };
  const anchor = record.anchor as Record<string, unknown> | null | undefined;
  const call = record.call as Record<string, unknown> | null | undefined;
  const ok =
    record.format === NOTE_FORMAT &&
    isString(record.id) &&
    record.id !== '' &&
    isString(record.callId) &&
    typeof anchor === 'object' &&
    anchor !== null &&
    isNumber(anchor.turn) &&
    isNumber(anchor.paragraph) &&
    (anchor.lang === 'en' || anchor.lang === 'zh') &&
    isNumber(anchor.start) &&
    isNumber(anchor.end) &&
    anchor.end > anchor.start &&
    isString(anchor.quote) &&
    isNumber(anchor.line) &&
    typeof call === 'object' &&
    call !== null &&
    isString(call.title) &&
    (call.company === null || isString(call.company)) &&
    (call.period === null || isString(call.period)) &&
    isString(record.speaker) &&
    HIGHLIGHT_COLORS.includes(record.color as HighlightColor) &&
    isString(record.text) &&
    isNumber(record.revision) &&
    isNumber(record.createdAt) &&
    isNumber(record.updatedAt);
  return ok ? { kind: 'ok', note: value as Note } : { kind: 'malformed' };
}

/** Notes in reading order: by turn, pair, English before Chinese, then offset. */
export function compareNotes(a: Note, b: Note): number {
  return (
    a.anchor.turn - b.anchor.turn ||
    a.anchor.paragraph - b.anchor.paragraph ||
    (a.anchor.lang === b.anchor.lang ? 0 : a.anchor.lang === 'en' ? -1 : 1) ||
    a.anchor.start - b.anchor.start ||
    a.createdAt - b.createdAt
  );
}

/**
 * Where an anchor is in `text` (the language's text as the file has it): its offsets when they still hold the
 * quote, else the occurrence of the quote nearest to them, else null (the text changed too much).
 */
export function resolveAnchor(anchor: Pick<NoteAnchor, 'start' | 'end' | 'quote'>, text: string): { start: number; end: number } | null {
  if (anchor.quote === '') return null;
  if (text.slice(anchor.start, anchor.end) === anchor.quote) return { start: anchor.start, end: anchor.end };
  let best = -1;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    if (best === -1 || Math.abs(at - anchor.start) < Math.abs(best - anchor.start)) best = at;
  }
  return best === -1 ? null : { start: best, end: best + anchor.quote.length };
}

/**
 * Offsets of the file's text mapped onto the text as displayed (the Chinese converted to Simplified). The
 * conversion keeps one character for one almost everywhere; where a phrase changed the length (網際網路 → 互联网)
 * the offsets are scaled, so a highlight may be off by a character or two there and never falls outside the text.
 */
export function mapOffsets(range: { start: number; end: number }, from: number, to: number): { start: number; end: number } {
  if (from === to || from === 0) return range;
  const scale = (offset: number) => Math.min(to, Math.max(0, Math.round((offset * to) / from)));
  const start = scale(range.start);
  return { start, end: Math.max(start + 1, scale(range.end)) };
}

/** The pair's text in a language, as the file has it. */
function sideText(transcript: Transcript, anchor: NoteAnchor, lang: 'en' | 'zh'): string | null {
  const pair = transcript.turns[anchor.turn]?.paragraphs[anchor.paragraph];
  return (lang === 'en' ? pair?.en : pair?.zh) ?? null;
}

/**
 * The quote's partner in the other language: the sentences aligned with the sentences the quote touches, or the
 * whole paragraph when the sentences cannot be matched.
 */
export function partnerText(transcript: Transcript, anchor: NoteAnchor, model: LengthModel = DEFAULT_LENGTH_MODEL): string | null {
  const en = sideText(transcript, anchor, 'en');
  const zh = sideText(transcript, anchor, 'zh');
  const other = anchor.lang === 'en' ? zh : en;
  if (en === null || zh === null || other === null) return other;
  const enSpans = splitEnglishSentences(en);
  const zhSpans = splitChineseSentences(zh);
  const alignment = alignSentences(en, zh, enSpans, zhSpans, model);
  const own = anchor.lang === 'en' ? enSpans : zhSpans;
  const resolved = resolveAnchor(anchor, anchor.lang === 'en' ? en : zh) ?? anchor;
  const touched = new Set<number>();
  own.forEach((span, index) => {
    if (span.start < resolved.end && span.end > resolved.start) touched.add(index);
  });
  const partner = new Set<number>();
  for (const [enIndexes, zhIndexes] of alignment.links) {
    const mine = anchor.lang === 'en' ? enIndexes : zhIndexes;
    if (mine.some((index) => touched.has(index))) for (const index of anchor.lang === 'en' ? zhIndexes : enIndexes) partner.add(index);
  }
  const spans = anchor.lang === 'en' ? zhSpans : enSpans;
  const picked = [...partner].sort((a, b) => a - b).flatMap((index) => (spans[index] ? [spans[index]] : []));
  if (picked.length === 0) return other;
  const first = picked[0];
  const last = picked[picked.length - 1];
  return first && last ? other.slice(first.start, last.end).trim() : other;
}

/** The address of a note's place in Duet, from the site's origin: `/read/<id>/t/<turn>#L<line>`. */
export function notePath(note: Pick<Note, 'callId' | 'anchor'>): string {
  return `/read/${encodeURIComponent(note.callId)}/t/${note.anchor.turn}#L${note.anchor.line}`;
}

/** A note's quote as a citation source: the quote in its language, its partner in the other, who, the call, a link. */
export function noteQuoteSource(note: Note, origin: string, partner: string | null, title = ''): QuoteSource {
  return {
    en: note.anchor.lang === 'en' ? note.anchor.quote : partner,
    zh: note.anchor.lang === 'zh' ? note.anchor.quote : partner,
    speaker: note.speaker,
    title,
    company: note.call.company,
    period: note.call.period,
    callTitle: note.call.title,
    url: `${origin.replace(/\/+$/, '')}${notePath(note)}`,
  };
}

/** The citation "Copy quote" gives for a highlight (plain text). */
export function noteCitation(note: Note, origin: string, partner: string | null, title = ''): string {
  return quoteAsText(noteQuoteSource(note, origin, partner, title));
}

export interface NotesExportContext {
  origin: string;
  /** The partner text of a note (see partnerText); null when unknown. */
  partner: (note: Note) => string | null;
  /** The speaker's title (e.g. "CEO & Director"). */
  speakerTitle: (note: Note) => string;
}

function noteLine(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line.replace(/([\\`*_[\]{}#<>|])/g, '\\$1')}`)
    .join('\n');
}

/** A call's notes as a Markdown document: the call, then each quote with its citation, its colour and its note. */
export function notesAsMarkdown(notes: readonly Note[], context: NotesExportContext): string {
  const first = notes[0];
  const heading = first ? [first.call.company, first.call.period].filter(Boolean).join(' ') || first.call.title : 'Notes';
  const parts = [`# ${heading.replace(/([\\`*_[\]#<>])/g, '\\$1')} — notes\n`];
  if (first && first.call.title !== heading) parts.push(`${first.call.title.replace(/([\\`*_[\]#<>])/g, '\\$1')}\n`);
  [...notes].sort(compareNotes).forEach((note, index) => {
    parts.push(`## ${index + 1}. ${note.speaker.replace(/([\\`*_[\]#<>])/g, '\\$1')} (${note.color})\n`);
    parts.push(quoteAsMarkdown(noteQuoteSource(note, context.origin, context.partner(note), context.speakerTitle(note))));
    if (note.text.trim()) parts.push(`**Note:**\n\n${noteLine(note.text)}\n`);
  });
  return `${parts.join('\n').trimEnd()}\n`;
}

/** One CSV cell: quoted, quotes doubled, and a leading = + - @ neutralised (a spreadsheet must not run it). */
function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const NOTES_CSV_COLUMNS = [
  'company',
  'period',
  'call',
  'speaker',
  'title',
  'language',
  'quote',
  'partner',
  'note',
  'colour',
  'link',
  'created',
  'updated',
] as const;

/** A call's notes as CSV (RFC 4180, CRLF line ends, a header row), in reading order. */
export function notesAsCsv(notes: readonly Note[], context: NotesExportContext): string {
  const rows = [NOTES_CSV_COLUMNS.map(csvCell).join(',')];
  for (const note of [...notes].sort(compareNotes)) {
    rows.push(
      [
        note.call.company ?? '',
        note.call.period ?? '',
        note.call.title,
        note.speaker,
        context.speakerTitle(note),
        note.anchor.lang,
        note.anchor.quote,
        context.partner(note) ?? '',
        note.text,
        note.color,
        `${context.origin.replace(/\/+$/, '')}${notePath(note)}`,
        new Date(note.createdAt).toISOString(),
        new Date(note.updatedAt).toISOString(),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * Two edits of one note made from the same revision (two tabs): both texts are kept, the stored one first, unless
 * one already contains the other.
 */
export function mergeNoteTexts(stored: string, mine: string): string {
  if (stored === mine || stored.includes(mine)) return stored;
  if (mine.includes(stored)) return mine;
  return `${stored.trimEnd()}\n\n${mine.trim()}`;
}

/** What saving a note did: stored as given, or merged with an edit another tab stored meanwhile (both texts kept). */
export interface NoteSaveOutcome {
  note: Note;
  conflict: boolean;
}

/** The notes of the library, as the notes feature uses them (the library feature stores them). */
export interface NoteStore {
  /** Notes of one call, or of the whole library; damaged records are counted, not listed. */
  listNotes(callId?: string): Promise<{ notes: Note[]; unreadable: number }>;
  /**
   * Stores a note. `baseRevision` is the revision the edit started from (null for a new note): when the stored note
   * has moved on (another tab), the texts are merged, the revision moves past both, and the outcome says so.
   */
  saveNote(note: Note, baseRevision: number | null): Promise<NoteSaveOutcome>;
  deleteNote(id: string): Promise<void>;
}
