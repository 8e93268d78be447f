import type { TextMatch } from '../../../core/transcript-search.ts';
import type { TextMark } from './marked-text.tsx';

/** Search matches as marks (`<mark class="match">`); the current one carries aria-current, so it stands out for everyone. */
export function matchMarks(matches: readonly TextMatch[], current: number | null): TextMark[] {
  return matches.map((match) => ({
    start: match.start,
    end: match.end,
    element: 'mark',
    className: match.index === current ? 'match match-current' : 'match',
    attributes: { 'data-match': String(match.index), 'aria-current': match.index === current ? 'true' : undefined },
    layer: 3,
  }));
}
