import { splitEnglishSentences } from '../../../core/split-sentences.ts';
import type { Question, Transcript } from '../../../core/transcript-model.ts';
import { parseViewMode, type ViewMode } from './view-mode.ts';

/**
 * A place in a call, as the address names it: `/read/<id>` (the top), `/read/<id>/q/3` (a question),
 * `/read/<id>/t/12` (a turn), `/read/<id>/t/12#L71` (the paragraph pair on line 71 of the file).
 * The router's location is the only record of where the reader is; everything here is derived from it.
 */
export type ReaderPlace =
  | { kind: 'top' }
  | { kind: 'question'; n: number }
  /** A turn; `line` names one of its pairs (`#L71`), `sentence` one of its English sentences, from 1 (`#s3`). */
  | { kind: 'turn'; turn: number; line: number | null; sentence?: number | null }
  /** An address that names nothing in this call (shown as a plain-words notice; the reader opens at the top). */
  | { kind: 'invalid'; text: string };

export const TOP: ReaderPlace = { kind: 'top' };

/** The turn a question starts at: the operator's introduction, or the asker's turn if earlier. */
export function questionStartTurn(question: Question): number {
  return Math.min(question.introTurn, question.turn);
}

/** The question being read when `turn` is at the top, or null (prepared remarks, closing). */
export function questionAtTurn(questions: readonly Question[], turn: number): Question | null {
  let found: Question | null = null;
  for (const question of questions) {
    if (questionStartTurn(question) <= turn) found = question;
    else break;
  }
  if (!found) return null;
  const last = found.turns[found.turns.length - 1] ?? found.turn;
  return turn <= Math.max(last, found.introTurn, found.turn) ? found : null;
}

/** The place named by the part of the path after `/read/<id>/` and the hash. */
export function parsePlace(transcript: Transcript, rest: string, hash: string): ReaderPlace {
  const path = rest.replace(/\/+$/, '');
  if (path === '') return TOP;
  const question = /^q\/(\d+)$/.exec(path);
  if (question) {
    const n = Number(question[1]);
    return transcript.questions.some((q) => q.n === n) ? { kind: 'question', n } : { kind: 'invalid', text: path };
  }
  const turn = /^t\/(\d+)$/.exec(path);
  if (turn) {
    const index = Number(turn[1]);
    if (index >= transcript.turns.length) return { kind: 'invalid', text: path };
    const line = /^#L(\d+)$/.exec(hash)?.[1];
    const lineNumber = line === undefined ? null : Number(line);
    const holds = lineNumber !== null && transcript.turns[index]?.paragraphs.some((pair) => pair.line === lineNumber);
    const sentence = Number(/^#s(\d+)$/.exec(hash)?.[1] ?? Number.NaN);
    if (Number.isInteger(sentence) && sentence > 0 && sentenceOfTurn(transcript, index, sentence)) {
      return { kind: 'turn', turn: index, line: null, sentence };
    }
    return { kind: 'turn', turn: index, line: holds ? lineNumber : null };
  }
  return { kind: 'invalid', text: path };
}

/** The turn a place starts at (0 for the top or an invalid place). */
export function placeTurn(transcript: Transcript, place: ReaderPlace): number {
  if (place.kind === 'turn') return place.turn;
  if (place.kind === 'question') {
    const question = transcript.questions.find((q) => q.n === place.n);
    return question ? questionStartTurn(question) : 0;
  }
  return 0;
}

/** How the address names the place where `turn` is at the top: its question when the question starts there. */
export function placeOfTurn(transcript: Transcript, turn: number): ReaderPlace {
  if (turn <= 0) return TOP;
  const question = questionAtTurn(transcript.questions, turn);
  if (question && questionStartTurn(question) === turn) return { kind: 'question', n: question.n };
  return { kind: 'turn', turn, line: null };
}

/**
 * Where a call opens: the address's place when it names one, else where the reader left off (`stored`, the turn
 * read last), else the top.
 */
export function openingPlace(transcript: Transcript, place: ReaderPlace, stored: { turn: number } | null): ReaderPlace {
  if (place.kind !== 'top') return place;
  return stored && stored.turn > 0 && stored.turn < transcript.turns.length ? placeOfTurn(transcript, stored.turn) : place;
}

/** The path and hash of a place in a call (no view: see `readerHref`). */
export function placePath(id: string, place: ReaderPlace): string {
  const base = `/read/${encodeURIComponent(id)}`;
  switch (place.kind) {
    case 'question':
      return `${base}/q/${place.n}`;
    case 'turn':
      if (place.sentence) return `${base}/t/${place.turn}#s${place.sentence}`;
      return `${base}/t/${place.turn}${place.line === null ? '' : `#L${place.line}`}`;
    default:
      return base;
  }
}

/** A reader address: the place, and the view when given (`?view=interleaved`). */
export function readerHref(id: string, place: ReaderPlace, view: ViewMode | null = null): string {
  const path = placePath(id, place);
  if (!view) return path;
  const [pathname, hash = ''] = path.split('#');
  return `${pathname}?view=${view}${hash ? `#${hash}` : ''}`;
}

/** The view the address asks for, or null. */
export function viewOfSearch(search: string): ViewMode | null {
  return parseViewMode(new URLSearchParams(search).get('view'));
}

/** True when two places name the same spot. */
export function samePlace(a: ReaderPlace, b: ReaderPlace): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'question' && b.kind === 'question') return a.n === b.n;
  if (a.kind === 'turn' && b.kind === 'turn')
    return a.turn === b.turn && a.line === b.line && (a.sentence ?? null) === (b.sentence ?? null);
  if (a.kind === 'invalid' && b.kind === 'invalid') return a.text === b.text;
  return true;
}

/**
 * Where the n-th English sentence of a turn is (counted from 1 across its paragraphs, as `#s3` does): its paragraph
 * and its index among that paragraph's sentences; null when the turn has fewer.
 */
export function sentenceOfTurn(transcript: Transcript, turn: number, n: number): { paragraph: number; index: number } | null {
  let remaining = n;
  const paragraphs = transcript.turns[turn]?.paragraphs ?? [];
  for (const [paragraph, pair] of paragraphs.entries()) {
    const count = pair.en === null ? 0 : splitEnglishSentences(pair.en).length;
    if (remaining <= count) return { paragraph, index: remaining - 1 };
    remaining -= count;
  }
  return null;
}

/** The number (from 1, across the turn) of a paragraph's English sentence, as `#s<n>` names it. */
export function sentenceNumber(transcript: Transcript, turn: number, paragraph: number, index: number): number {
  let n = index + 1;
  const paragraphs = transcript.turns[turn]?.paragraphs ?? [];
  for (let before = 0; before < paragraph; before += 1) {
    const pair = paragraphs[before];
    if (pair?.en) n += splitEnglishSentences(pair.en).length;
  }
  return n;
}
