import { useState } from 'react';
import type { TextMatch } from '../../../core/transcript-search.ts';
import type { JumpRequest } from '../components/transcript-view.tsx';
import type { ReaderPlace } from '../utils/reader-place.ts';
import type { ReaderLocation } from './use-reader-place.ts';

/**
 * The reader's latest jump, derived from the address and the search: a new history entry (link, key, back and
 * forward) is a jump to its place; a newly selected search match is a jump to it. The first render jumps to
 * `opening` (the address's place, or where the reader left off). Each jump has a key and is carried out once.
 */
export function useReaderJumps(location: ReaderLocation, opening: ReaderPlace, match: { current: TextMatch | null; selection: number }) {
  const [jump, setJump] = useState<JumpRequest>(() => ({ key: `open:${location.key}`, kind: 'place', place: opening, focus: false }));
  const [seen, setSeen] = useState({ key: location.key, selection: match.selection });
  if (seen.key !== location.key || seen.selection !== match.selection) {
    setSeen({ key: location.key, selection: match.selection });
    if (seen.key !== location.key && location.moves) {
      setJump({ key: `place:${location.key}`, kind: 'place', place: location.place, focus: !location.pop });
    } else if (seen.selection !== match.selection && match.current) {
      setJump({ key: `match:${match.selection}`, kind: 'match', match: match.current });
    }
  }
  return jump;
}
