import type { ReactNode } from 'react';
import type { TextMatch } from '../../../core/transcript-search.ts';

/**
 * A paragraph's text with its search matches wrapped in <mark> (React elements, never HTML).
 * The current match carries aria-current so it is marked distinctly for every reader.
 */
export function highlightText(text: string, matches: readonly TextMatch[] | undefined, current: number | null): ReactNode {
  if (!matches || matches.length === 0) return text;
  const nodes: ReactNode[] = [];
  let position = 0;
  for (const match of matches) {
    if (match.start > position) nodes.push(text.slice(position, match.start));
    const isCurrent = match.index === current;
    nodes.push(
      <mark
        key={match.index}
        className={isCurrent ? 'match match-current' : 'match'}
        data-match={match.index}
        aria-current={isCurrent ? 'true' : undefined}
      >
        {text.slice(match.start, match.end)}
      </mark>,
    );
    position = match.end;
  }
  if (position < text.length) nodes.push(text.slice(position));
  return nodes;
}

/** Groups a turn's matches by paragraph and language: key `${paragraph}:${side}`. */
export function groupMatches(matches: readonly TextMatch[]): Map<string, TextMatch[]> {
  const groups = new Map<string, TextMatch[]>();
  for (const match of matches) {
    const key = `${match.paragraph}:${match.side}`;
    const list = groups.get(key);
    if (list) list.push(match);
    else groups.set(key, [match]);
  }
  return groups;
}
