import { useEffect, useState } from 'react';
import type { Transcript } from '../../../core/transcript-model.ts';
import { placeOfTurn, placeTurn, questionAtTurn, type ReaderPlace } from '../utils/reader-place.ts';
import { loadReadingPosition, saveReadingPosition } from '../utils/reading-position.ts';
import type { ReaderLocation } from './use-reader-place.ts';

/**
 * Where the call opens, and remembering where the reader is: the address's place when it names one, else where
 * the reader left off in this call. Every place the address takes is saved as the call's reading position.
 */
export function useReadingPosition(id: string, transcript: Transcript, location: Pick<ReaderLocation, 'place' | 'view'>): ReaderPlace {
  const [opening] = useState<ReaderPlace>(() => {
    if (location.place.kind !== 'top') return location.place;
    const stored = loadReadingPosition(id);
    return stored && stored.turn < transcript.turns.length ? placeOfTurn(transcript, stored.turn) : location.place;
  });
  const { place, view } = location;
  useEffect(() => {
    if (place.kind === 'invalid') return;
    const turn = placeTurn(transcript, place);
    saveReadingPosition(id, { turn, question: questionAtTurn(transcript.questions, turn)?.n ?? null, view });
  }, [id, transcript, place, view]);
  return opening;
}
