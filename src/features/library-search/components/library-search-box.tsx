import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMessages } from '../../../lib/i18n.ts';
import { librarySearchMessages } from '../messages.ts';
import '../library-search.css';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"], dialog[open]') !== null;
}

/** The library's way into search: a box that opens `/search?q=…`; `/` anywhere on the page focuses it. */
export function LibrarySearchBox() {
  const m = useMessages(librarySearchMessages);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const hintId = useId();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form
      role="search"
      className="ls-box"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(`/search?q=${encodeURIComponent(query.trim())}`);
      }}
    >
      <label htmlFor={id} className="ls-box-label">
        {m.boxLabel}
      </label>
      <div className="ls-box-row">
        <input
          ref={input}
          id={id}
          type="search"
          name="q"
          className="ls-input"
          placeholder={m.boxPlaceholder}
          aria-describedby={hintId}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <button type="submit" className="ls-button">
          {m.boxButton}
        </button>
      </div>
      <p id={hintId} className="ls-hint">
        {m.boxHint}
      </p>
    </form>
  );
}
