import { useEffect, useEffectEvent, useState } from 'react';
import type { Transcript } from '../../../core/transcript-model.ts';
import { openingPlace, placeTurn, questionAtTurn, type ReaderPlace } from '../utils/reader-place.ts';
import type { ViewMode } from '../utils/view-mode.ts';
import type { ReaderLocation } from './use-reader-place.ts';

/** Where the reader is in a call, as it is remembered between visits. */
export interface ReaderPosition {
  turn: number;
  question: number | null;
  view: ViewMode;
}

/**
 * Where the call opens, and remembering where the reader is: the address's place when it names one, else where
 * the reader left off (`stored`, read with the call). Every place the address takes is handed to `save`.
 */
export function useReadingPosition(
  transcript: Transcript,
  location: Pick<ReaderLocation, 'place' | 'view' | 'showPlace'>,
  stored: { turn: number } | null,
  save: (position: ReaderPosition) => void,
): ReaderPlace {
  const [opening] = useState<ReaderPlace>(() => openingPlace(transcript, location.place, stored));
  const { place, view } = location;
  // Opened where the reader left off: the address names that place too (quietly, as if scrolled there).
  const showOpening = useEffectEvent(() => {
    if (place.kind === 'top' && opening.kind !== 'top') location.showPlace(opening);
  });
  useEffect(() => showOpening(), []);
  const onSave = useEffectEvent(save);
  useEffect(() => {
    if (place.kind === 'invalid') return;
    const turn = placeTurn(transcript, place);
    onSave({ turn, question: questionAtTurn(transcript.questions, turn)?.n ?? null, view });
  }, [transcript, place, view]);
  return opening;
}
