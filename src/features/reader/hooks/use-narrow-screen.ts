import { useMediaQuery } from '../../../lib/use-media-query.ts';

/** The width below which the reader lays out for a phone (global.css: `max-width: 799.98px`). */
const NARROW = '(max-width: 799.98px)';

/** True while the window is phone-sized: the reader's rows then carry what only a phone shows (the English button). */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW);
}
