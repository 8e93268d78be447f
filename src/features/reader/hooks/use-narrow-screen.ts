import { useMediaQuery } from '../../../lib/use-media-query.ts';
import { NARROW_SCREEN } from '../utils/view-mode.ts';

/** True while the window is phone-sized: the reader's rows then carry what only a phone shows (the English button). */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_SCREEN);
}
