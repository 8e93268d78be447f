import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  factsChoices,
  type CallResult,
  type LibraryFilters,
  type LibraryHit,
  type LibrarySearchResult,
} from '../../../core/library-index.ts';
import type { Role } from '../../../core/transcript-model.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { afterNextPaint } from '../../../lib/schedule.ts';
import type { LibraryCallInfo, SearchRequest } from '../api/library-index-client.ts';
import { callHitsQueryOptions } from '../api/search-library.ts';
import { useLibraryIndexProgress } from '../hooks/use-library-index-progress.ts';
import { useLibrarySearch } from '../hooks/use-library-search.ts';
import { useSearchLocation } from '../hooks/use-search-location.ts';
import { librarySearchMessages } from '../messages.ts';
import { MarkedText } from './marked-text.tsx';
import '../library-search.css';

type Strings = (typeof librarySearchMessages)['en'];

/** Calls shown at first (and asked of the worker); "Show more calls" adds as many again. */
const CALL_PAGE = 10;
const HITS_PER_CALL = 3;

/** Follows a result link inside the app (a plain anchor: cheaper than a router Link for every hit of every keystroke). */
type Open = (event: MouseEvent<HTMLAnchorElement>, href: string) => void;

/** The reader's address for a hit: its turn and sentence, with the search that marks the match (`?find=`). */
export function hitHref(callId: string, hit: LibraryHit): string {
  const mark = hit.en?.marks[0] ? hit.en : hit.zh;
  const first = mark?.marks[0];
  const find = first && mark ? mark.text.slice(first.start, first.end) : '';
  const query = find ? `?find=${encodeURIComponent(find)}` : '';
  const base = `/read/${encodeURIComponent(callId)}`;
  if (hit.turn < 0) return `${base}${query}`;
  return `${base}/t/${hit.turn}${query}${hit.sentence ? `#s${hit.sentence}` : ''}`;
}

/** Arrow keys move between the result links of a list (Enter follows the link). */
function moveFocus(container: HTMLElement | null, from: Element | null, step: 1 | -1): boolean {
  const links = [...(container?.querySelectorAll<HTMLElement>('[data-hit]') ?? [])];
  if (links.length === 0) return false;
  const at = from ? links.indexOf(from as HTMLElement) : -1;
  const next = links[at === -1 ? (step === 1 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step))];
  next?.focus();
  return next !== undefined;
}

const roleLabel = (role: Role, m: Strings) => m[`role-${role}`];

function HitLink({ callId, hit, m, open }: { callId: string; hit: LibraryHit; m: Strings; open: Open }) {
  const speaker = hit.speaker ? `${hit.speaker.name}${hit.speaker.title ? ` – ${hit.speaker.title}` : ''}` : m.summaryLine;
  const href = hitHref(callId, hit);
  return (
    <a href={href} className="ls-hit" data-hit="" onClick={(event) => open(event, href)}>
      <span className={`ls-speaker ls-role-${hit.speaker?.role ?? 'summary'}`}>
        <bdi>{speaker}</bdi>
        {hit.speaker ? <span className="ls-role"> · {roleLabel(hit.speaker.role, m)}</span> : null}
      </span>
      {hit.en ? (
        <span className="ls-sentence" lang="en">
          <MarkedText text={hit.en.text} marks={hit.en.marks} />
        </span>
      ) : null}
      {hit.zh ? (
        <span className="ls-sentence ls-zh" lang="zh-Hant">
          <MarkedText text={hit.zh.text} marks={hit.zh.marks} />
        </span>
      ) : null}
    </a>
  );
}

/** What a call's group of results and its full list of hits are drawn from. */
interface CallProps {
  call: CallResult;
  query: string;
  filters: LibraryFilters;
  version: number;
  m: Strings;
  open: Open;
}

/** Every hit of one call (after "show all"), from the worker. */
function AllHits({ call, query, filters, version, m, open }: CallProps) {
  const more = useQuery(callHitsQueryOptions(call.id, query, filters, version));
  return <HitList callId={call.id} hits={more.data ?? call.hits} m={m} open={open} />;
}

function HitList({ callId, hits, m, open }: { callId: string; hits: readonly LibraryHit[]; m: Strings; open: Open }) {
  return (
    <ul className="ls-hits">
      {hits.map((hit) => (
        <li key={`${hit.turn}:${hit.paragraph}`}>
          <HitLink callId={callId} hit={hit} m={m} open={open} />
        </li>
      ))}
    </ul>
  );
}

/** One call's group; unchanged props skip rendering (a keystroke marks the results pending without touching the groups). */
const CallGroup = memo(function CallGroup({ call, query, filters, version, m, open }: CallProps) {
  const [all, setAll] = useState(false);
  const headingId = useId();
  const name = [call.company, call.period].filter(Boolean).join(' · ') || call.title;
  return (
    <li className="ls-call" aria-labelledby={headingId}>
      <h2 id={headingId} className="ls-call-title">
        <Link to={`/read/${encodeURIComponent(call.id)}`} className="ls-call-link">
          <bdi>{name}</bdi>
        </Link>
        <span className="ls-call-count">{call.pairs === 1 ? m.callMatchesOne : format(m.callMatchesMany, { count: call.pairs })}</span>
      </h2>
      {call.company ? (
        <p className="ls-call-sub">
          <bdi>{call.title}</bdi>
        </p>
      ) : null}
      {all ? (
        <AllHits call={call} query={query} filters={filters} version={version} m={m} open={open} />
      ) : (
        <HitList callId={call.id} hits={call.hits} m={m} open={open} />
      )}
      {call.pairs > call.hits.length ? (
        <button type="button" className="ls-quiet" aria-expanded={all} onClick={() => setAll((value) => !value)}>
          {all ? m.showFewer : format(m.showAll, { count: call.pairs })}
        </button>
      ) : null}
    </li>
  );
});

/** The results: the first calls (the rest one "Show more" away), each with its first hits. Unchanged results skip rendering. */
const Results = memo(function Results({
  result,
  pending,
  shown,
  onMore,
  query,
  filters,
  version,
  m,
  open,
}: {
  result: LibrarySearchResult;
  pending: boolean;
  shown: number;
  onMore: () => void;
  query: string;
  filters: LibraryFilters;
  version: number;
  m: Strings;
  open: Open;
}) {
  return (
    <>
      <p className="ls-summary" role="status" data-pending={pending ? 'true' : undefined}>
        {result.callCount === 1
          ? format(m.summaryOne, { pairs: result.pairs })
          : format(m.summaryMany, { pairs: result.pairs, calls: result.callCount })}
      </p>
      <ol className="ls-calls" aria-label={m.resultsLabel}>
        {result.calls
          .filter((call) => call.hits.length > 0)
          .slice(0, shown)
          .map((call) => (
            <CallGroup key={call.id} call={call} query={query} filters={filters} version={version} m={m} open={open} />
          ))}
      </ol>
      {result.callCount > shown ? (
        <button type="button" className="ls-quiet" onClick={onMore}>
          {format(m.moreCalls, { count: result.callCount - shown })}
        </button>
      ) : null}
    </>
  );
});

/**
 * The library search page (`/search?q=…`): one search over every call, results grouped by call with the matching
 * sentence in both languages and the speaker; filters by company, period and speaker role; all state in the address.
 */
export function LibrarySearchPage({ calls }: { calls: readonly LibraryCallInfo[] | null }) {
  const m = useMessages(librarySearchMessages);
  const location = useSearchLocation();
  const progress = useLibraryIndexProgress();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(location.query);
  const [shown, setShown] = useState(CALL_PAGE);
  /** The last query this page wrote to the address itself (its echo in the location is not a new search). */
  const [written, setWritten] = useState<string | null>(null);
  const results = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();
  const companyId = useId();
  const periodId = useId();
  const roleId = useId();

  // The address is the truth: Back/Forward or a link to another search put its query in the box (the echo of what this
  // page wrote itself does not, so nothing typed since is lost).
  const [seenQuery, setSeenQuery] = useState(location.query);
  if (seenQuery !== location.query) {
    setSeenQuery(location.query);
    if (location.query !== written && draft !== location.query) {
      setDraft(location.query);
      setShown(CALL_PAGE);
    }
  }

  useEffect(() => {
    document.title = location.query ? `${location.query} – ${m.pageTitle} – Duet` : `${m.pageTitle} – Duet`;
  }, [location.query, m.pageTitle]);

  const building = progress.loading || progress.pending > 0;
  // Results follow the index as it grows, in steps (not after every single call).
  const version = building ? Math.floor(progress.indexed / 25) : progress.indexed + 1_000_000;
  // What is typed is searched at once; the address follows once its results are on screen.
  const query = draft.trim();
  const { filters } = location;
  const request = useMemo<SearchRequest | null>(
    () => (query === '' || progress.unavailable ? null : { query, filters, callLimit: shown, hitsPerCall: HITS_PER_CALL }),
    [query, filters, shown, progress.unavailable],
  );
  const search = useLibrarySearch(request, version);
  const choices = useMemo(() => factsChoices(calls ?? []), [calls]);
  const filtered = location.company !== '' || location.period !== '' || location.role !== '';
  const result = search.result && search.result.terms.length > 0 && query !== '' ? search.result : null;
  const tooShort = query !== '' && search.current && search.result?.terms.length === 0;
  const shownFor = query === '' ? '' : search.current ? query : null;

  // The address names the search once its results are painted (replace: typing is not a trail of Back steps).
  const { setQuery } = location;
  useEffect(() => {
    if (shownFor === null || draft === location.query) return;
    return afterNextPaint(() => {
      setWritten(draft);
      setQuery(draft);
    });
  }, [shownFor, draft, location.query, setQuery]);

  const showMore = useCallback(() => setShown((count) => count + CALL_PAGE), []);
  const open = useMemo<Open>(
    () => (event, href) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void navigate(href);
    },
    [navigate],
  );

  const onResultsKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (moveFocus(results.current, document.activeElement, event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
  };

  return (
    <main id="main" className="ls-page" aria-labelledby={titleId}>
      <h1 id={titleId} className="ls-title">
        {m.pageTitle}
      </h1>
      <form role="search" className="ls-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId} className="visually-hidden">
          {m.queryLabel}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          className="ls-input ls-input-big"
          placeholder={m.boxPlaceholder}
          aria-describedby={hintId}
          value={draft}
          // A search page is for searching: the box has focus when it opens (no other content competes yet).
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value.trim() !== '' && !progress.unavailable) {
              search.ask({ query: value.trim(), filters, callLimit: CALL_PAGE, hitsPerCall: HITS_PER_CALL });
            }
            setDraft(value);
            setShown(CALL_PAGE);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && moveFocus(results.current, null, 1)) event.preventDefault();
            if (event.key === 'Enter') {
              const first = results.current?.querySelector<HTMLAnchorElement>('[data-hit]');
              if (first) {
                event.preventDefault();
                first.click();
              }
            }
          }}
        />
        <p id={hintId} className="ls-hint">
          {m.keysHint}
        </p>
        <fieldset className="ls-filters">
          <legend className="visually-hidden">{m.filtersLabel}</legend>
          <div className="ls-filter">
            <label htmlFor={companyId}>{m.companyLabel}</label>
            <select id={companyId} value={location.company} onChange={(event) => location.setFilter('company', event.currentTarget.value)}>
              <option value="">{m.anyCompany}</option>
              {choices.companies.map((company) => (
                <option key={company} value={company}>
                  {company}
                </option>
              ))}
            </select>
          </div>
          <div className="ls-filter">
            <label htmlFor={periodId}>{m.periodLabel}</label>
            <select id={periodId} value={location.period} onChange={(event) => location.setFilter('period', event.currentTarget.value)}>
              <option value="">{m.anyPeriod}</option>
              {choices.periods.map((period) => (
                <option key={period} value={period}>
                  {period}
                </option>
              ))}
            </select>
          </div>
          <div className="ls-filter">
            <label htmlFor={roleId}>{m.roleLabel}</label>
            <select id={roleId} value={location.role} onChange={(event) => location.setFilter('role', event.currentTarget.value)}>
              <option value="">{m.anyRole}</option>
              {(['company', 'analyst', 'operator'] as const).map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role, m)}
                </option>
              ))}
            </select>
          </div>
          {filtered ? (
            <button type="button" className="ls-quiet" onClick={location.clearFilters}>
              {m.clearFilters}
            </button>
          ) : null}
        </fieldset>
      </form>

      {progress.unavailable ? (
        <p role="alert" className="ls-note">
          {m.indexUnavailable}
        </p>
      ) : null}
      {progress.storageProblem ? <p className="ls-note">{m.indexNotStored}</p> : null}
      {building && !progress.unavailable ? (
        <div className="ls-progress" role="status">
          <span>{progress.loading ? m.loadingIndex : format(m.indexing, { indexed: progress.indexed, total: progress.total })}</span>
          <progress max={Math.max(1, progress.total)} value={progress.loading ? undefined : progress.indexed} aria-label={m.loadingIndex} />
        </div>
      ) : null}

      <div
        ref={results}
        className="ls-results"
        onKeyDown={onResultsKey}
        role="presentation"
        // Which query the results on screen answer (`npm run perf` waits for it).
        data-results-for={shownFor ?? undefined}
      >
        {calls !== null && calls.length === 0 ? (
          <div className="ls-empty">
            <p>{m.emptyLibrary}</p>
            <Link to="/" className="ls-button">
              {m.openLibrary}
            </Link>
          </div>
        ) : query === '' ? (
          <div className="ls-empty">
            <p>{m.intro}</p>
            <p lang="en" className="ls-examples">
              {m.introExamples}
            </p>
          </div>
        ) : tooShort ? (
          <p className="ls-empty">{m.tooShort}</p>
        ) : result && result.callCount === 0 && !building ? (
          <div className="ls-empty">
            <p>{format(filtered ? m.noResultsFiltered : m.noResults, { query: `“${query}”` })}</p>
            {filtered ? (
              <button type="button" className="ls-quiet" onClick={location.clearFilters}>
                {m.clearFilters}
              </button>
            ) : null}
          </div>
        ) : result ? (
          <Results
            result={result}
            pending={!search.current}
            shown={shown}
            onMore={showMore}
            query={search.answered?.query ?? query}
            filters={search.answered?.filters ?? filters}
            version={version}
            m={m}
            open={open}
          />
        ) : (
          <p className="ls-empty" role="status">
            {m.searching}
          </p>
        )}
      </div>
    </main>
  );
}
