import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { format, useMessages } from '../../../lib/i18n.ts';
import { useSettings } from '../../../lib/settings.ts';
import type { CallSummary } from '../api/call-summary.ts';
import { DEMO_ID } from '../api/demo-call.ts';
import { useDeleteTranscript, useRestoreTranscript, type RemovedCall } from '../api/delete-transcript.ts';
import { isSameOrigin, parseSourceUrl } from '../api/fetch-transcript-url.ts';
import { libraryQueryOptions, type Library } from '../api/get-library.ts';
import { callName, matchesFilter, pasteShortcut, questionsLabel } from '../format-call.ts';
import { useOpenTranscripts } from '../hooks/use-open-transcripts.ts';
import { useRevealedRows } from '../hooks/use-revealed-rows.ts';
import { importStatus } from '../import-status.ts';
import { libraryMessages } from '../messages.ts';
import { formatParts } from './format-parts.tsx';
import { ArrowIcon, PasteIcon, SearchIcon } from './icons.tsx';
import {
  filterOptions,
  groupByCompany,
  matchesView,
  readLibraryView,
  writeLibraryView,
  type CompanyGroup,
  type LibraryView,
} from '../library-view.ts';
import { LibraryFilters } from './library-filters.tsx';
import { callLinkId, LibraryList } from './library-list.tsx';
import { OpenFileButton } from './open-file-button.tsx';
import { PasteDialog } from './paste-dialog.tsx';
import { SourceConfirmDialog } from './source-confirm-dialog.tsx';
import '../library.css';

type Strings = (typeof libraryMessages)['en'];

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"], dialog[open]') !== null;
}

/** The start page: open a transcript (file, paste, drop, ?src=), the demo, and the library of opened calls. */
export function StartPage({ librarySearch = null }: { librarySearch?: ReactNode } = {}) {
  const m = useMessages(libraryMessages);
  const { uiLanguage } = useSettings();
  const open = useOpenTranscripts();
  const library = useQuery(libraryQueryOptions());
  const deleteCall = useDeleteTranscript();
  const restoreCall = useRestoreTranscript();
  const [searchParams, setSearchParams] = useSearchParams();
  const [filter, setFilter] = useState('');
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteCleared, setPasteCleared] = useState(0);
  const [removed, setRemoved] = useState<RemovedCall[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const focusAfterUndo = useRef<string | null>(null);
  const heroTitleId = useId();
  const libraryTitleId = useId();
  const filterId = useId();
  const handledSource = useRef<string | null>(null);

  const openFiles = useCallback((files: File[]) => void open(files.map((file) => ({ kind: 'file', file }))), [open]);

  // ?src=https://… opens a transcript by address; the parameter is dropped first so Back does not open it again.
  // An address on another site is fetched only once the person says so (the link came from outside): the question
  // shows while the parameter is in the address, and either answer drops it.
  const source = searchParams.get('src');
  const sourceUrl = useMemo(() => {
    try {
      return source ? parseSourceUrl(source) : null;
    } catch {
      return null;
    }
  }, [source]);
  const askAbout = sourceUrl && !isSameOrigin(sourceUrl) ? sourceUrl : null;
  const dropSource = useCallback(
    () =>
      void setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete('src');
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  useEffect(() => {
    if (!source || askAbout || handledSource.current === source) return;
    handledSource.current = source;
    dropSource();
    // Same site: nothing leaves it, no need to ask. Not an address Duet opens: the import says why, in plain words.
    void open([{ kind: 'url', url: sourceUrl?.href ?? source }]);
  }, [source, sourceUrl, askAbout, open, dropSource]);

  // Ctrl/Cmd+V anywhere on the start page (outside text fields) opens the clipboard's text or files.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || !event.clipboardData) return;
      const files = [...event.clipboardData.files];
      const text = event.clipboardData.getData('text/plain');
      if (files.length > 0) {
        event.preventDefault();
        openFiles(files);
      } else if (text.trim() !== '') {
        event.preventDefault();
        void open([{ kind: 'text', text }]);
      }
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [open, openFiles]);

  // Relative dates ("5 minutes ago") move on while the page stays open.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  // After an undo, focus goes back to the restored call once it is listed again.
  useEffect(() => {
    const id = focusAfterUndo.current;
    const link = id ? document.getElementById(callLinkId(id)) : null;
    if (link) {
      link.focus();
      focusAfterUndo.current = null;
    }
  });

  const onDelete = useCallback(
    (summary: CallSummary) => {
      setNow(Date.now());
      deleteCall.mutate(summary, {
        onSuccess: (entry) => {
          setRemoved((previous) => [...previous.filter((item) => item.summary.id !== entry.summary.id), entry]);
          setAnnouncement(format(m.removedAnnouncement, { name: callName(summary, m) }));
        },
        onError: (error) => importStatus.addNotice({ kind: 'failed', origin: 'file', name: callName(summary, m), error }),
      });
    },
    [deleteCall, m],
  );

  const onUndo = useCallback(
    (entry: RemovedCall) => {
      restoreCall.mutate(entry, {
        onSuccess: () => {
          setRemoved((previous) => previous.filter((item) => item.summary.id !== entry.summary.id));
          setAnnouncement(format(m.restoredAnnouncement, { name: callName(entry.summary, m) }));
          focusAfterUndo.current = entry.summary.id;
        },
      });
    },
    [restoreCall, m],
  );

  const onUndoExpired = useCallback((id: string) => {
    setRemoved((previous) => previous.filter((item) => item.summary.id !== id));
  }, []);

  const calls = useMemo(() => library.data?.calls ?? [], [library.data]);
  const ownCalls = calls.filter((summary) => summary.source !== 'demo');
  const demo = calls.find((summary) => summary.id === DEMO_ID);
  const { view: viewBy, company, period, analyst } = readLibraryView(searchParams);
  const view = useMemo(() => ({ view: viewBy, company, period, analyst }), [viewBy, company, period, analyst]);
  const setView = (next: LibraryView) => void setSearchParams((previous) => writeLibraryView(previous, next), { replace: true });
  const filtered = view.company !== null || view.period !== null || view.analyst !== null;
  const visibleCalls = useMemo(
    () => calls.filter((summary) => matchesFilter(summary, filter) && matchesView(summary, view)),
    [calls, filter, view],
  );
  const visibleRemoved = removed.filter((entry) => matchesFilter(entry.summary, filter) && matchesView(entry.summary, view));
  const options = useMemo(() => filterOptions(calls), [calls]);
  const groups = useMemo(
    () => (view.view === 'company' ? groupByCompany([...visibleCalls, ...visibleRemoved.map((entry) => entry.summary)]) : []),
    [view.view, visibleCalls, visibleRemoved],
  );
  // A long library is rendered a slice at a time: the first screen with the page, the rest after it (use-revealed-rows.ts).
  const limit = useRevealedRows(library.data ? visibleCalls.length + visibleRemoved.length : null);
  const total = calls.length;
  const listProps = {
    unsavedIds: library.data?.unsavedIds ?? [],
    language: uiLanguage,
    now,
    m,
    onDelete,
    onUndo,
    onUndoExpired,
  };

  return (
    <main id="main" className="lib-page">
      <section className="lib-hero" aria-labelledby={heroTitleId}>
        <h1 id={heroTitleId} className="lib-hero-title">
          {m.heroTitle}
        </h1>
        <p className="lib-hero-lead">{m.heroLead}</p>
        <div className="lib-actions">
          <OpenFileButton label={m.openButton} onFiles={openFiles} />
          <button type="button" className="lib-button lib-button-secondary" onClick={() => setPasteOpen(true)}>
            <PasteIcon />
            {m.pasteButton}
          </button>
        </div>
        <p className="lib-hint">{format(m.dropHint, { shortcut: pasteShortcut() })}</p>
        {ownCalls.length === 0 ? (
          <Link to={`/read/${DEMO_ID}`} className="lib-demo">
            <span className="lib-demo-text">
              <span className="lib-demo-eyebrow">{m.demoEyebrow}</span>
              <span className="lib-demo-link">{m.demoLink}</span>
              <span className="lib-demo-detail">
                {demo ? (
                  <>
                    <bdi lang="en">{callName(demo, m)}</bdi> · {questionsLabel(demo.questions, m)}
                  </>
                ) : (
                  m.demoNote
                )}
              </span>
            </span>
            <ArrowIcon />
          </Link>
        ) : null}
      </section>

      {librarySearch}
      <section className="lib-library" aria-labelledby={libraryTitleId}>
        <div className="lib-library-head">
          <h2 id={libraryTitleId} className="lib-library-title">
            {m.libraryTitle}
            {total > 0 ? <span className="lib-count">{total === 1 ? m.callsOne : format(m.callsMany, { count: total })}</span> : null}
          </h2>
          {total > 1 || filter !== '' ? (
            <div className="lib-filter">
              <label htmlFor={filterId} className="visually-hidden">
                {m.filterLabel}
              </label>
              <SearchIcon />
              <input
                id={filterId}
                type="search"
                className="lib-filter-input"
                placeholder={m.filterPlaceholder}
                value={filter}
                onChange={(event) => setFilter(event.currentTarget.value)}
              />
            </div>
          ) : null}
        </div>

        {total > 1 || filtered ? <LibraryFilters view={view} options={options} onChange={setView} m={m} /> : null}

        {library.data?.storageProblem ? <p className="lib-note">{m.libraryUnreadable}</p> : null}
        {library.data ? <SkippedNotes library={library.data} m={m} /> : null}

        {library.isPending ? (
          <p className="lib-loading">{m.loadingLibrary}</p>
        ) : visibleCalls.length + visibleRemoved.length > 0 ? (
          view.view === 'opened' ? (
            <LibraryList calls={visibleCalls} removed={visibleRemoved} limit={limit} {...listProps} />
          ) : (
            <CompanyGroups groups={groups} calls={visibleCalls} removed={visibleRemoved} limit={limit} listProps={listProps} m={m} />
          )
        ) : filtered ? (
          <div className="lib-empty">
            <p>{m.noCallMatches}</p>
            <button
              type="button"
              className="lib-button lib-button-quiet"
              onClick={() => setView({ ...view, company: null, period: null, analyst: null })}
            >
              {m.clearFilters}
            </button>
          </div>
        ) : filter.trim() !== '' ? (
          <div className="lib-empty">
            <p>{formatParts(m.noMatch, { query: filter.trim() })}</p>
            <button type="button" className="lib-button lib-button-quiet" onClick={() => setFilter('')}>
              {m.clearFilter}
            </button>
          </div>
        ) : (
          <p className="lib-empty">{m.emptyLibrary}</p>
        )}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </section>

      <PasteDialog
        key={pasteCleared}
        open={pasteOpen}
        onClose={() => setPasteOpen(false)}
        onSubmit={async (text) => {
          const { opened, failed } = await open([{ kind: 'text', text }], { reportFailures: false });
          if (opened.length === 0) return failed[0]?.error ?? null;
          setPasteOpen(false);
          setPasteCleared((count) => count + 1);
          return null;
        }}
      />
      {askAbout ? (
        <SourceConfirmDialog
          key={askAbout.href}
          url={askAbout}
          onCancel={dropSource}
          onOpen={() => {
            dropSource();
            void open([{ kind: 'url', url: askAbout.href }]);
          }}
        />
      ) : null}
    </main>
  );
}

/**
 * The calls by company (a heading with a link to the company's page), each company's newest period first; only the
 * first `limit` rows (companies in order), the rest of the library follows as `limit` grows.
 */
function CompanyGroups({
  groups,
  calls,
  removed,
  limit,
  listProps,
  m,
}: {
  groups: CompanyGroup[];
  calls: CallSummary[];
  removed: RemovedCall[];
  limit: number;
  listProps: Omit<Parameters<typeof LibraryList>[0], 'calls' | 'removed' | 'order' | 'limit'>;
  m: Strings;
}) {
  let left = limit;
  const shown: ReactNode[] = [];
  for (const group of groups) {
    if (left <= 0) break;
    const ids = new Set(group.calls.map((summary) => summary.id));
    const headingId = `company-${group.slug ?? 'none'}`;
    shown.push(
      <section key={group.slug ?? ''} className="lib-group" aria-labelledby={headingId}>
        <h3 id={headingId} className="lib-group-title">
          {group.slug && group.company ? (
            <Link to={`/company/${group.slug}`} className="lib-group-link" title={format(m.companyPage, { company: group.company })}>
              <bdi lang="en">{group.company}</bdi>
            </Link>
          ) : (
            m.otherCalls
          )}
        </h3>
        <LibraryList
          calls={calls.filter((summary) => ids.has(summary.id))}
          removed={removed.filter((entry) => ids.has(entry.summary.id))}
          order="period"
          limit={left}
          {...listProps}
        />
      </section>,
    );
    left -= ids.size;
  }
  return <div className="lib-groups">{shown}</div>;
}

/** What the list leaves out, and why: damaged records, records of a newer Duet, calls whose text was lost. */
function SkippedNotes({ library, m }: { library: Library; m: Strings }) {
  const notes = [
    library.unreadable > 0 ? (library.unreadable === 1 ? m.unreadableOne : format(m.unreadableMany, { count: library.unreadable })) : null,
    library.newer > 0 ? (library.newer === 1 ? m.newerOne : format(m.newerMany, { count: library.newer })) : null,
    library.repaired > 0 ? (library.repaired === 1 ? m.repairedOne : format(m.repairedMany, { count: library.repaired })) : null,
  ].filter((note): note is string => note !== null);
  return (
    <>
      {notes.map((note) => (
        <p key={note} className="lib-note">
          {note}
        </p>
      ))}
    </>
  );
}
