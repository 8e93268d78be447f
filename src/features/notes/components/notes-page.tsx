import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { compareNotes, HIGHLIGHT_COLORS, notePath, type HighlightColor, type Note, type NoteStore } from '../../../core/note-model.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { allNotesQueryOptions } from '../api/notes-queries.ts';
import { notesMessages } from '../messages.ts';
import '../notes.css';

function callName(note: Note): string {
  return [note.call.company, note.call.period].filter(Boolean).join(' ') || note.call.title;
}

/**
 * Every highlight and note of the library, call by call, filterable by company and colour (kept in the address:
 * `/notes?company=…&color=green`). Each note links to its place in its call.
 */
export function NotesPage({ store }: { store: NoteStore }) {
  const m = useMessages(notesMessages);
  const query = useQuery(allNotesQueryOptions(store));
  const [params, setParams] = useSearchParams();
  const company = params.get('company') ?? '';
  const color = (HIGHLIGHT_COLORS as readonly string[]).includes(params.get('color') ?? '') ? (params.get('color') as HighlightColor) : '';
  const companyId = useId();
  const colorId = useId();
  const notes = useMemo(() => query.data?.notes ?? [], [query.data]);
  const companies = useMemo(() => [...new Set(notes.map((note) => note.call.company ?? note.call.title))].sort(), [notes]);
  const groups = useMemo(() => {
    const byCall = new Map<string, Note[]>();
    for (const note of notes) {
      if (company && (note.call.company ?? note.call.title) !== company) continue;
      if (color && note.color !== color) continue;
      const list = byCall.get(note.callId);
      if (list) list.push(note);
      else byCall.set(note.callId, [note]);
    }
    return [...byCall.entries()].map(([callId, list]) => ({ callId, notes: list.sort(compareNotes) }));
  }, [notes, company, color]);
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <main id="main" className="notes-page">
      <h1>{m.allNotes}</h1>
      <p>{m.allNotesIntro}</p>
      {query.isError ? <p role="alert">{m.loadFailed}</p> : null}
      {query.data && query.data.unreadable > 0 ? <p>{format(m.unreadable, { count: query.data.unreadable })}</p> : null}
      <div className="notes-filters">
        <label htmlFor={companyId}>
          {m.filterCompany}
          <select id={companyId} value={company} onChange={(event) => setFilter('company', event.target.value)}>
            <option value="">{m.everyCompany}</option>
            {companies.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={colorId}>
          {m.filterColor}
          <select id={colorId} value={color} onChange={(event) => setFilter('color', event.target.value)}>
            <option value="">{m.everyColor}</option>
            {HIGHLIGHT_COLORS.map((value) => (
              <option key={value} value={value}>
                {m[`color_${value}`]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {query.isPending ? null : notes.length === 0 ? (
        <p>{m.noNotes}</p>
      ) : groups.length === 0 ? (
        <p>{m.noMatch}</p>
      ) : (
        groups.map((group) => {
          const first = group.notes[0];
          return first ? (
            <section key={group.callId} className="notes-call" aria-labelledby={`call-${group.callId}`}>
              <h2 id={`call-${group.callId}`}>
                {callName(first)} <span className="note-meta">{format(m.noteCount, { count: group.notes.length })}</span>
              </h2>
              <ul className="notes-list">
                {group.notes.map((note) => (
                  <li key={note.id} className={`note-item note-item-${note.color}`}>
                    <Link to={notePath(note)} className="note-link">
                      <span className="note-quote" lang={note.anchor.lang === 'en' ? 'en' : 'zh-Hant'}>
                        {note.anchor.quote}
                      </span>
                      <span className="note-meta">
                        {note.speaker} · {note.anchor.lang === 'en' ? m.english : m.chinese} · {m[`color_${note.color}`]}
                      </span>
                    </Link>
                    {note.text ? <p className="note-text">{note.text}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null;
        })
      )}
    </main>
  );
}
