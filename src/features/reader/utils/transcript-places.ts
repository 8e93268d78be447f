import type { Question, Transcript } from '../../../core/transcript-model.ts';

/** The turn a question starts at: the operator's introduction, or the asker's turn if earlier. */
export function questionStartTurn(question: Question): number {
  return Math.min(question.introTurn, question.turn);
}

/** The question being read when `turn` is in view, or null (prepared remarks). */
export function questionAtTurn(questions: readonly Question[], turn: number): Question | null {
  let found: Question | null = null;
  for (const question of questions) {
    if (questionStartTurn(question) <= turn) found = question;
    else break;
  }
  return found;
}

/** The turn that holds a line of the file (the last turn starting at or before it), or null before the first speaker. */
export function turnAtLine(transcript: Transcript, line: number): number | null {
  let low = 0;
  let high = transcript.turns.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const turn = transcript.turns[middle];
    if (turn && turn.line <= line) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Rough rendered height of a turn in px, used as `contain-intrinsic-size` until the real height is known. */
export function estimateTurnHeight(transcript: Transcript, turnIndex: number): number {
  const turn = transcript.turns[turnIndex];
  if (!turn) return 200;
  const lineHeight = 30;
  let height = 64;
  for (const pair of turn.paragraphs) {
    const enLines = Math.ceil((pair.en?.length ?? 20) / 62);
    const zhLines = Math.ceil((pair.zh?.length ?? 12) / 30);
    height += Math.max(enLines, zhLines, 1) * lineHeight + 18;
  }
  return Math.round(height);
}

/**
 * Where the first render of a call can stop: every turn up to `firstTurn` (the place the reader opens at),
 * then turns until their estimated heights fill `fill` px. The rest is rendered in later slices.
 */
export function firstSliceEnd(heights: readonly number[], firstTurn: number, fill: number): number {
  const start = Math.max(0, Math.min(firstTurn, heights.length - 1));
  let filled = 0;
  let end = start;
  while (end < heights.length && filled < fill) {
    filled += heights[end] ?? 0;
    end += 1;
  }
  return Math.max(end, Math.min(heights.length, start + 1));
}
