import type { Transcript } from '../../../core/transcript-model.ts';
import { questionStartTurn, sentenceOfTurn, type ReaderPlace } from './reader-place.ts';

/**
 * The call as a flat list of rows, the unit the reader renders and scrolls by: the call's head (title, notices,
 * summary), section titles, question markers, speaker headers and paragraph pairs. Whatever the shape of the file
 * (100,000 tiny turns, or one turn of 60,000 pairs) only the rows near the screen are in the page.
 *
 * Rows live in typed arrays (a 3 MB call has some 300,000), and are turned into objects only when rendered.
 */
export const ROW_HEAD = 0;
export const ROW_SECTION = 1;
export const ROW_QUESTION = 2;
export const ROW_TURN = 3;
export const ROW_PAIR = 4;

export type ReaderRow =
  | { kind: 'head'; key: string }
  | { kind: 'section'; key: string; section: string; turn: number }
  | { kind: 'question'; key: string; n: number; turn: number }
  | { kind: 'turn'; key: string; turn: number }
  | { kind: 'pair'; key: string; turn: number; paragraph: number };

export interface RowTable {
  count: number;
  kind: Uint8Array;
  /** The turn of the row (for a head: -1; for a section or question marker: the turn it stands before). */
  turn: Int32Array;
  /** Pair rows: the paragraph index; question markers: the question number; sections: index into `sections`. */
  item: Int32Array;
  /** Section names, by index. */
  sections: readonly string[];
  /** The row of each section title, in order. */
  sectionRows: readonly number[];
  /** Per turn: its header row, or -1 when the turn is hidden by a filter. */
  turnRow: Int32Array;
  /** Per turn: one past its last row. */
  turnEnd: Int32Array;
  /** Question number → its marker row (only shown questions). */
  questionRow: ReadonlyMap<number, number>;
}

/** What the reader hides: everyone but one speaker, and/or every pair without a translation flag. */
export interface RowFilter {
  speaker: string | null;
  onlyFlagged: boolean;
  /** Flagged pairs, as `${turn}:${paragraph}`. */
  flagged: ReadonlySet<string>;
  /** A pair that stays shown whatever the filters (the current search match), as `${turn}:${paragraph}`. */
  keep: string | null;
}

export const NO_FILTER: RowFilter = { speaker: null, onlyFlagged: false, flagged: new Set(), keep: null };

/** Builds the rows of a call under a filter. */
export function buildRows(transcript: Transcript, filter: RowFilter = NO_FILTER): RowTable {
  const { turns, questions } = transcript;
  let capacity = 1 + turns.length * 3 + questions.length;
  for (const turn of turns) capacity += turn.paragraphs.length;
  const kind = new Uint8Array(capacity);
  const turnOf = new Int32Array(capacity);
  const item = new Int32Array(capacity);
  const turnRow = new Int32Array(turns.length).fill(-1);
  const turnEnd = new Int32Array(turns.length).fill(-1);
  const questionRow = new Map<number, number>();
  const sections: string[] = [];
  const sectionRows: number[] = [];
  let count = 0;
  const push = (rowKind: number, turn: number, value: number) => {
    kind[count] = rowKind;
    turnOf[count] = turn;
    item[count] = value;
    count += 1;
  };

  const pairShown = (turn: number, paragraph: number): boolean => {
    if (!filter.onlyFlagged) return true;
    const key = `${turn}:${paragraph}`;
    return filter.flagged.has(key) || filter.keep === key;
  };
  const turnShown = (turn: number): boolean => {
    const value = turns[turn];
    if (!value) return false;
    if (filter.speaker !== null && value.speaker !== filter.speaker) return false;
    if (!filter.onlyFlagged) return true;
    for (let paragraph = 0; paragraph < value.paragraphs.length; paragraph += 1) if (pairShown(turn, paragraph)) return true;
    return false;
  };

  // Questions by the turn they start at; a question is shown when any turn of its exchange is.
  const questionsAt = new Map<number, number[]>();
  for (const question of questions) {
    const shown = [question.introTurn, question.turn, ...question.turns].some((turn) => turnShown(turn));
    if (!shown) continue;
    const start = questionStartTurn(question);
    const list = questionsAt.get(start);
    if (list) list.push(question.n);
    else questionsAt.set(start, [question.n]);
  }

  push(ROW_HEAD, -1, 0);
  let section: string | null = null;
  for (let turn = 0; turn < turns.length; turn += 1) {
    const value = turns[turn];
    if (!value) continue;
    if (value.section !== section) {
      section = value.section;
      sections.push(section);
      sectionRows.push(count);
      push(ROW_SECTION, turn, sections.length - 1);
    }
    for (const n of questionsAt.get(turn) ?? []) {
      questionRow.set(n, count);
      push(ROW_QUESTION, turn, n);
    }
    if (!turnShown(turn)) continue;
    turnRow[turn] = count;
    push(ROW_TURN, turn, 0);
    for (let paragraph = 0; paragraph < value.paragraphs.length; paragraph += 1) {
      if (pairShown(turn, paragraph)) push(ROW_PAIR, turn, paragraph);
    }
    turnEnd[turn] = count;
  }
  return { count, kind, turn: turnOf, item, sections, sectionRows, turnRow, turnEnd, questionRow };
}

/** One row as an object, for rendering. */
export function rowAt(table: RowTable, index: number): ReaderRow {
  const turn = table.turn[index] ?? -1;
  const item = table.item[index] ?? 0;
  switch (table.kind[index]) {
    case ROW_SECTION:
      return { kind: 'section', key: `s${item}`, section: table.sections[item] ?? '', turn };
    case ROW_QUESTION:
      return { kind: 'question', key: `q${item}`, n: item, turn };
    case ROW_TURN:
      return { kind: 'turn', key: `t${turn}`, turn };
    case ROW_PAIR:
      return { kind: 'pair', key: `p${turn}:${item}`, turn, paragraph: item };
    default:
      return { kind: 'head', key: 'head' };
  }
}

/** A stable key for a row (so React keeps rows across filters and slices). */
export function rowKey(table: RowTable, index: number): string {
  return rowAt(table, index).key;
}

const KIND_NAMES = ['head', 'section', 'question', 'turn', 'pair'];

/** The class of a row's box: its kind, its speaker's role, and `row-end` on the last row of a turn. */
export function rowClassName(table: RowTable, transcript: Transcript, index: number): string {
  const kind = table.kind[index] ?? 0;
  const turn = table.turn[index] ?? 0;
  const role = kind === ROW_PAIR || kind === ROW_TURN ? ` row-${transcript.turns[turn]?.role ?? 'company'}` : '';
  // The last row of a turn keeps the room before whatever follows.
  const end = (kind === ROW_PAIR || kind === ROW_TURN) && !(table.kind[index + 1] === ROW_PAIR && table.turn[index + 1] === turn);
  return `row row-${KIND_NAMES[kind] ?? 'pair'}${role}${end ? ' row-end' : ''}`;
}

/** The row of a paragraph pair, or null when a filter hides it. */
export function rowOfPair(table: RowTable, turn: number, paragraph: number): number | null {
  const start = table.turnRow[turn] ?? -1;
  if (start < 0) return null;
  let low = start + 1;
  let high = (table.turnEnd[turn] ?? start + 1) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = table.item[middle] ?? 0;
    if (value === paragraph) return middle;
    if (value < paragraph) low = middle + 1;
    else high = middle - 1;
  }
  return null;
}

/** The row a place points at, or null when a filter hides it. */
export function rowOfPlace(table: RowTable, transcript: Transcript, place: ReaderPlace): number | null {
  switch (place.kind) {
    case 'question':
      return table.questionRow.get(place.n) ?? null;
    case 'turn': {
      if (place.sentence) {
        const at = sentenceOfTurn(transcript, place.turn, place.sentence);
        if (at) return rowOfPair(table, place.turn, at.paragraph);
      }
      if (place.line !== null) {
        const paragraph = transcript.turns[place.turn]?.paragraphs.findIndex((pair) => pair.line === place.line) ?? -1;
        if (paragraph >= 0) return rowOfPair(table, place.turn, paragraph);
      }
      const row = table.turnRow[place.turn] ?? -1;
      return row >= 0 ? row : null;
    }
    default:
      return 0;
  }
}

/**
 * The turn being read when `row` is at the top of the reading area: its own turn, the turn a section title or
 * question marker stands before, or -1 at the call's head.
 */
export function turnOfRow(table: RowTable, row: number): number {
  return table.turn[row] ?? -1;
}

/** The section a row belongs to (its index in `sections`), or -1 before the first section title. */
export function sectionOfRow(table: RowTable, row: number): number {
  let found = -1;
  for (let index = 0; index < table.sectionRows.length && (table.sectionRows[index] ?? Infinity) <= row; index += 1) found = index;
  return found;
}
