import { memo, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { format } from '../../../lib/i18n.ts';
import type { UiLanguage } from '../../../lib/settings.ts';
import { compareCallPeriods, compareCalls, type CallSummary } from '../api/call-summary.ts';
import type { RemovedCall } from '../api/delete-transcript.ts';
import { callName, formatCallDate, formatOpenedAt, formatSize, openedLabel, questionsLabel } from '../format-call.ts';
import type { libraryMessages } from '../messages.ts';
import { formatParts } from './format-parts.tsx';
import { DeleteIcon } from './icons.tsx';

type Strings = (typeof libraryMessages)['en'];

/** How long an undo stays offered once focus and pointer have left it. */
export const UNDO_MS = 8000;

/** Element id of a call's link, used to put focus back after an undo. */
export function callLinkId(id: string): string {
  return `call-${id}`;
}

type Row = { kind: 'call'; summary: CallSummary } | { kind: 'removed'; removed: RemovedCall };

/**
 * The library as a list, with removed calls holding their place while undo is offered: last opened first, or
 * (`order="period"`, the calls of one company) the newest fiscal period first, each with the day of the call. Only
 * the first `limit` rows are rendered (a long library comes a slice at a time: use-revealed-rows.ts).
 */
export function LibraryList({
  calls,
  removed,
  unsavedIds,
  language,
  now,
  m,
  onDelete,
  onUndo,
  onUndoExpired,
  order = 'opened',
  limit = Number.POSITIVE_INFINITY,
}: {
  order?: 'opened' | 'period';
  limit?: number;
  calls: CallSummary[];
  removed: RemovedCall[];
  unsavedIds: string[];
  language: UiLanguage;
  /** The time relative dates are counted from. */
  now: number;
  m: Strings;
  onDelete: (summary: CallSummary) => void;
  onUndo: (removed: RemovedCall) => void;
  onUndoExpired: (id: string) => void;
}) {
  const listedIds = new Set(calls.map((summary) => summary.id));
  const rows: Row[] = [
    ...calls.map((summary): Row => ({ kind: 'call', summary })),
    ...removed.filter((entry) => !listedIds.has(entry.summary.id)).map((entry): Row => ({ kind: 'removed', removed: entry })),
  ].sort((a, b) =>
    (order === 'period' ? compareCallPeriods : compareCalls)(
      a.kind === 'call' ? a.summary : a.removed.summary,
      b.kind === 'call' ? b.summary : b.removed.summary,
    ),
  );
  const unsaved = new Set(unsavedIds);

  return (
    <ul className="lib-list">
      {rows
        .slice(0, limit)
        .map((row) =>
          row.kind === 'call' ? (
            <CallRow
              key={row.summary.id}
              summary={row.summary}
              unsaved={unsaved.has(row.summary.id)}
              language={language}
              now={now}
              m={m}
              onDelete={onDelete}
              showOpened={order === 'opened'}
            />
          ) : (
            <RemovedRow key={row.removed.summary.id} removed={row.removed} m={m} onUndo={onUndo} onExpired={onUndoExpired} />
          ),
        )}
    </ul>
  );
}

/** One call; rendered again only when its own props change (a long list grows a slice at a time). */
const CallRow = memo(function CallRow({
  summary,
  unsaved,
  language,
  now,
  m,
  onDelete,
  showOpened,
}: {
  showOpened: boolean;
  summary: CallSummary;
  unsaved: boolean;
  language: UiLanguage;
  now: number;
  m: Strings;
  onDelete: (summary: CallSummary) => void;
}) {
  const name = callName(summary, m);
  const isDemo = summary.source === 'demo';
  return (
    <li className="lib-row">
      <div className="lib-row-main">
        <Link id={callLinkId(summary.id)} to={`/read/${summary.id}`} className="lib-row-link">
          <bdi lang="en">{name}</bdi>
        </Link>
        {summary.title && summary.title !== name ? (
          <bdi className="lib-row-title" lang="en">
            {summary.title}
          </bdi>
        ) : null}
      </div>
      <div className="lib-row-meta">
        {isDemo ? <span className="lib-badge">{m.builtIn}</span> : null}
        {!showOpened && summary.date ? (
          <time dateTime={summary.date}>{format(m.heldOn, { date: formatCallDate(summary.date, language) })}</time>
        ) : null}
        {isDemo || !showOpened ? null : (
          <time dateTime={new Date(summary.openedAt).toISOString()} title={formatOpenedAt(summary.openedAt, language)}>
            {openedLabel(Math.min(summary.openedAt, now), language, now, m)}
          </time>
        )}
        {unsaved ? <span className="lib-badge lib-badge-warn">{m.notSavedBadge}</span> : null}
        <span className="lib-row-size">{formatSize(summary.size, language)}</span>
        <span className="lib-row-questions">{questionsLabel(summary.questions, m)}</span>
      </div>
      <button
        type="button"
        className="lib-icon-button lib-row-delete"
        aria-label={format(m.deleteLabel, { name })}
        title={m.deleteButton}
        onClick={() => onDelete(summary)}
      >
        <DeleteIcon />
      </button>
    </li>
  );
});

function RemovedRow({
  removed,
  m,
  onUndo,
  onExpired,
}: {
  removed: RemovedCall;
  m: Strings;
  onUndo: (removed: RemovedCall) => void;
  onExpired: (id: string) => void;
}) {
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const undo = useRef<HTMLButtonElement>(null);
  const name = callName(removed.summary, m);
  const id = removed.summary.id;

  useEffect(() => {
    undo.current?.focus();
  }, []);

  // The undo stays while it has focus or the pointer; the countdown runs once both have left.
  useEffect(() => {
    if (focused || hovered) return;
    const timer = setTimeout(() => onExpired(id), UNDO_MS);
    return () => clearTimeout(timer);
  }, [focused, hovered, id, onExpired]);

  return (
    <li
      className="lib-row lib-row-removed"
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <span className="lib-row-removed-text">{renderRemoved(m.removed, name)}</span>
      <button
        ref={undo}
        type="button"
        className="lib-button lib-button-quiet lib-undo"
        aria-label={format(m.undoLabel, { name })}
        onClick={() => onUndo(removed)}
      >
        {m.undo}
      </button>
    </li>
  );
}

/** "Removed {name}." with the call's name marked as English data, isolated from the interface text around it. */
function renderRemoved(template: string, name: string) {
  return formatParts(template, {
    name: (
      <bdi lang="en" className="lib-strong">
        {name}
      </bdi>
    ),
  });
}
