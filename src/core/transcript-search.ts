/**
 * Search over one call: every paragraph (and summary line) folded once, then matched as plain
 * substrings. For one call this is exact, needs no tokenizer, and works the same for English and Chinese.
 */
import { findMatches, foldText, type FoldedText, type FoldTable } from './search-fold.ts';
import type { Transcript } from './transcript-model.ts';

/** Which language of a paragraph. */
export type TextSide = 'en' | 'zh';

/** The summary is addressed as turn -1, one "paragraph" per summary line. */
export const SUMMARY_TURN = -1;

/** The Chinese text as displayed (Traditional as in the file, or converted to Simplified). */
export interface ChineseText {
  summary: readonly string[];
  /** Per turn, per paragraph: the displayed Chinese, or null when the file has none. */
  turns: readonly (readonly (string | null)[])[];
}

/** One occurrence of the query, in offsets of the displayed text of one paragraph. */
export interface TextMatch {
  /** Position among all matches, 0-based. */
  index: number;
  /** Turn index, or SUMMARY_TURN. */
  turn: number;
  paragraph: number;
  side: TextSide;
  start: number;
  end: number;
}

interface IndexEntry {
  turn: number;
  paragraph: number;
  side: TextSide;
  folded: FoldedText;
}

/** Every searchable text of a call, folded, in reading order. */
export interface SearchIndex {
  entries: readonly IndexEntry[];
  table: FoldTable;
}

/** What a search looks at: the visible languages and, optionally, only some turns. */
export interface SearchScope {
  en: boolean;
  zh: boolean;
  /** When set, only turns for which this returns true (the summary is skipped). */
  includeTurn?: (turn: number) => boolean;
}

/** The displayed Chinese of a transcript as the file has it (no conversion). */
export function chineseAsInFile(transcript: Transcript): ChineseText {
  return {
    summary: transcript.summary.map((line) => line.zh),
    turns: transcript.turns.map((turn) => turn.paragraphs.map((pair) => pair.zh)),
  };
}

/** Folds every text of the call once; reading order is summary, then each turn's paragraphs, English before Chinese. */
export function buildSearchIndex(transcript: Transcript, chinese: ChineseText, table: FoldTable): SearchIndex {
  const entries: IndexEntry[] = [];
  chinese.summary.forEach((text, paragraph) => {
    entries.push({ turn: SUMMARY_TURN, paragraph, side: 'zh', folded: foldText(text, table) });
  });
  transcript.turns.forEach((turn, turnIndex) => {
    const zhTexts = chinese.turns[turnIndex];
    turn.paragraphs.forEach((pair, paragraph) => {
      if (pair.en !== null) entries.push({ turn: turnIndex, paragraph, side: 'en', folded: foldText(pair.en, table) });
      const zh = zhTexts?.[paragraph] ?? null;
      if (zh !== null) entries.push({ turn: turnIndex, paragraph, side: 'zh', folded: foldText(zh, table) });
    });
  });
  return { entries, table };
}

/** All matches of an already folded query within the scope, in reading order; at most `limit`. */
export function searchTranscript(index: SearchIndex, foldedQuery: string, scope: SearchScope, limit = 5000): TextMatch[] {
  const matches: TextMatch[] = [];
  if (foldedQuery === '') return matches;
  for (const entry of index.entries) {
    if (matches.length >= limit) break;
    if (!scope[entry.side]) continue;
    if (scope.includeTurn && (entry.turn === SUMMARY_TURN || !scope.includeTurn(entry.turn))) continue;
    for (const range of findMatches(entry.folded, foldedQuery, limit - matches.length)) {
      matches.push({ index: matches.length, turn: entry.turn, paragraph: entry.paragraph, side: entry.side, ...range });
    }
  }
  return matches;
}

/** Groups matches by turn (summary under SUMMARY_TURN), keeping reading order. */
export function matchesByTurn(matches: readonly TextMatch[]): Map<number, TextMatch[]> {
  const byTurn = new Map<number, TextMatch[]>();
  for (const match of matches) {
    const list = byTurn.get(match.turn);
    if (list) list.push(match);
    else byTurn.set(match.turn, [match]);
  }
  return byTurn;
}

/**
 * Index of the first match at or after a turn (wrapping to 0), for starting a search where the reader is.
 * From the first turn (or before it) the search starts at the very beginning, summary included.
 */
export function firstMatchFrom(matches: readonly TextMatch[], turn: number): number {
  if (turn <= 0) return 0;
  const found = matches.findIndex((match) => match.turn >= turn);
  return found === -1 ? 0 : found;
}
