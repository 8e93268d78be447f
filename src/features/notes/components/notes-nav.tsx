import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Note } from '../../../core/note-model.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import type { CallNotes } from '../hooks/use-call-notes.ts';
import { notesMessages } from '../messages.ts';
import '../notes.css';

export interface NotesNavProps {
  notes: CallNotes;
  /** The reader address of a note's place. */
  hrefFor: (note: Note) => string;
  /** A link was followed (closes the drawer on a phone). */
  onNavigate?: () => void;
  onCopy: (note: Note) => void;
  onExport: (kind: 'markdown' | 'csv') => void;
}

function NoteEntry({
  note,
  notes,
  href,
  onNavigate,
  onCopy,
}: {
  note: Note;
  notes: CallNotes;
  href: string;
  onNavigate?: (() => void) | undefined;
  onCopy: (note: Note) => void;
}) {
  const m = useMessages(notesMessages);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  // The revision the edit started from: an edit another tab saves meanwhile is merged, not overwritten.
  const [base, setBase] = useState(note.revision);
  const field = useRef<HTMLTextAreaElement>(null);
  // The field replaces the Edit button that opened it: the focus goes there.
  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);
  const quote = note.anchor.quote.length > 160 ? `${note.anchor.quote.slice(0, 160)}…` : note.anchor.quote;
  return (
    <li className={`note-item note-item-${note.color}`} data-note={note.id}>
      <Link to={href} className="note-link" onClick={onNavigate}>
        <span className="note-quote" lang={note.anchor.lang === 'en' ? 'en' : 'zh-Hant'}>
          {quote}
        </span>
        <span className="note-meta">
          {note.speaker} · {note.anchor.lang === 'en' ? m.english : m.chinese} · {m[`color_${note.color}`]}
        </span>
      </Link>
      {editing ? (
        <form
          className="highlight-form"
          onSubmit={(event) => {
            event.preventDefault();
            void notes.update({ ...note, revision: base }, { text }).then((saved) => {
              if (saved) setEditing(false);
            });
          }}
        >
          <label className="visually-hidden" htmlFor={`note-${note.id}`}>
            {m.noteLabel}
          </label>
          <textarea
            ref={field}
            id={`note-${note.id}`}
            className="highlight-text"
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="highlight-buttons">
            <button type="submit" className="button button-primary button-small">
              {m.save}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setText(note.text);
                setEditing(false);
              }}
            >
              {m.cancel}
            </button>
          </div>
        </form>
      ) : note.text ? (
        <p className="note-text">{note.text}</p>
      ) : null}
      {editing ? null : (
        <div className="note-actions">
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setText(note.text);
              setBase(note.revision);
              setEditing(true);
            }}
          >
            {note.text ? m.edit : m.addNote}
          </button>
          <button type="button" className="link-button" onClick={() => onCopy(note)}>
            {m.copyQuote}
          </button>
          <button type="button" className="link-button button-danger" onClick={() => void notes.remove(note)}>
            {m.delete}
          </button>
        </div>
      )}
    </li>
  );
}

/** The call's highlights and notes in reading order: each a link to its place; edit, copy, delete; export. */
export function NotesNav({ notes, hrefFor, onNavigate, onCopy, onExport }: NotesNavProps) {
  const m = useMessages(notesMessages);
  const count = notes.notes.length;
  return (
    <nav aria-label={m.panelTitle} className="side-nav notes-nav">
      <h2 className="side-nav-title">{count ? format(m.panelCount, { count }) : m.panelTitle}</h2>
      {notes.loadFailed ? <p className="side-nav-empty">{m.loadFailed}</p> : null}
      {notes.unreadable > 0 ? <p className="side-nav-empty">{format(m.unreadable, { count: notes.unreadable })}</p> : null}
      {count === 0 ? (
        <>
          <p className="side-nav-empty">{m.panelEmpty}</p>
          <p className="side-nav-empty">{m.panelHint}</p>
        </>
      ) : (
        <>
          <div className="notes-tools">
            <button type="button" className="button button-small" onClick={() => onExport('markdown')}>
              {m.exportMarkdown}
            </button>
            <button type="button" className="button button-small" onClick={() => onExport('csv')}>
              {m.exportCsv}
            </button>
          </div>
          <ul className="notes-list">
            {notes.notes.map((note) => (
              <NoteEntry key={note.id} note={note} notes={notes} href={hrefFor(note)} onNavigate={onNavigate} onCopy={onCopy} />
            ))}
          </ul>
        </>
      )}
      <p className="side-nav-empty">
        <Link to="/notes">{m.allNotes}</Link>
      </p>
    </nav>
  );
}
