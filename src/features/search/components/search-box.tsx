import type { KeyboardEvent, Ref } from 'react';
import { format, useMessages } from '../../../lib/i18n.ts';
import type { TranscriptSearch } from '../hooks/use-transcript-search.ts';
import { searchMessages } from '../messages.ts';

export interface SearchBoxProps {
  search: TranscriptSearch;
  inputRef?: Ref<HTMLInputElement>;
}

/** The call's search: a search box, a counter ("3 of 17"), and previous/next buttons. */
export function SearchBox({ search, inputRef }: SearchBoxProps) {
  const m = useMessages(searchMessages);
  const { query, matches, current } = search;
  let status = '';
  if (search.pending) status = '';
  else if (search.tooShort) status = m.tooShort;
  else if (query.trim() !== '' && matches.length === 0) status = search.preparing ? m.loading : m.none;
  else if (matches.length > 0)
    status = format(search.limited ? m.countMany : m.count, { current: (current?.index ?? 0) + 1, total: matches.length });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) search.previous();
      else search.next();
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      event.stopPropagation();
      search.setQuery('');
    } else if (event.key === 'Escape') {
      // A second Escape leaves the box (on a phone, the search closes back into its button).
      event.currentTarget.blur();
    }
  };

  const hasMatches = matches.length > 0;
  return (
    <div role="search" className="search" aria-label={m.label} data-open={query !== '' ? '' : undefined}>
      <span className="search-icon" aria-hidden="true">
        <svg viewBox="0 0 20 20" width="16" height="16" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </span>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label={m.label}
        placeholder={m.placeholder}
        value={query}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onChange={(event) => search.setQuery(event.target.value)}
        onFocus={search.prepare}
        onKeyDown={onKeyDown}
      />
      <output className="search-count" aria-live="polite">
        {status}
      </output>
      <button type="button" className="icon-button" onClick={search.previous} disabled={!hasMatches} aria-label={m.previous}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M5 12.5l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <button type="button" className="icon-button" onClick={search.next} disabled={!hasMatches} aria-label={m.next}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
    </div>
  );
}
