import { useState } from 'react';
import type { Transcript } from '../../../core/transcript-model.ts';
import { placeTurn, questionAtTurn, questionStartTurn, type ReaderPlace } from '../utils/reader-place.ts';

export interface QuestionNavigation {
  /** The question being read (from the address), or null. */
  current: number | null;
  next: () => void;
  previous: () => void;
}

/**
 * j/k between questions, counted from the question the address names (a question place, or the question whose
 * exchange holds the turn): pressing j twice goes two questions on, since each press changes the address first.
 */
export function useQuestionNavigation(
  transcript: Transcript,
  place: ReaderPlace,
  locationKey: string,
  goTo: (place: ReaderPlace) => void,
): QuestionNavigation {
  const { questions } = transcript;
  const turn = placeTurn(transcript, place);
  // A question asked for by a key counts as the current one until the address has moved (the router renders a
  // navigation in a transition, so a second press can come before the first has arrived).
  const [requested, setRequested] = useState<{ n: number; from: string } | null>(null);
  // Once the address has moved on (the jump arrived, or back/forward), it rules again, even on a later return here.
  if (requested !== null && requested.from !== locationKey) setRequested(null);
  const fromAddress = place.kind === 'question' ? place.n : (questionAtTurn(questions, turn)?.n ?? null);
  const pending = requested !== null && requested.from === locationKey ? requested.n : null;
  const current = pending ?? fromAddress;
  const go = (n: number) => {
    setRequested({ n, from: locationKey });
    goTo({ kind: 'question', n });
  };
  const next = () => {
    if (questions.length === 0) return;
    const target =
      current !== null
        ? Math.min(current + 1, questions.length)
        : (questions.find((question) => questionStartTurn(question) > turn)?.n ?? questions.length);
    go(target);
  };
  const previous = () => {
    if (questions.length === 0) return;
    if (current !== null) {
      go(Math.max(current - 1, 1));
      return;
    }
    // Between questions (closing remarks): the last question that started before here.
    const before = [...questions].reverse().find((question) => questionStartTurn(question) < turn);
    if (before) go(before.n);
  };
  return { current, next, previous };
}
