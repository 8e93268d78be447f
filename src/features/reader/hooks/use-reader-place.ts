import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useNavigation, useNavigationType, useParams } from 'react-router-dom';
import type { Transcript } from '../../../core/transcript-model.ts';
import { parsePlace, readerHref, viewOfSearch, type ReaderPlace } from '../utils/reader-place.ts';
import { loadPreferredView, savePreferredView, type ViewMode } from '../utils/view-mode.ts';

/** Location state of the reader's own quiet address updates (scrolling, a view switch): they move nothing. */
const QUIET = { quiet: true } as const;

function isQuiet(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'quiet' in state && state.quiet === true;
}

export interface ReaderLocation {
  /** The place the address names. */
  place: ReaderPlace;
  view: ViewMode;
  /** Identifies the current history entry. */
  key: string;
  /** True when the reader should move to `place`: a link, a key, back/forward (not its own quiet updates). */
  moves: boolean;
  /** True for back/forward (the reader moves but leaves the focus where it is). */
  pop: boolean;
  /** A search the address asks for (`?find=`), e.g. from the library's search; '' when none. */
  find: string;
  /** The reader address of a place, in the current view. */
  hrefFor: (place: ReaderPlace) => string;
  /** Goes to a place (a new history entry, so Back returns). */
  goTo: (place: ReaderPlace) => void;
  /** Names the place the reader scrolled to, replacing the entry, without moving anything. */
  showPlace: (place: ReaderPlace) => void;
  setView: (view: ViewMode) => void;
}

/**
 * The reader's place and view, read from the router's location, the only record of them: `/read/<id>/q/3`,
 * `/read/<id>/t/12#L71`, `?view=interleaved`. Every change goes through the router: jumps push an entry, quiet
 * updates (scrolling, the view) replace it with state `{ quiet: true }`.
 */
export function useReaderPlace(id: string, transcript: Transcript): ReaderLocation {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { '*': rest = '' } = useParams();
  const place = useMemo(() => parsePlace(transcript, rest, location.hash), [transcript, rest, location.hash]);
  const urlView = viewOfSearch(location.search);
  const [preferred] = useState(() => loadPreferredView() ?? 'side');
  const view = urlView ?? preferred;

  // The address always names the view (a link from outside may leave it out); the rest of it stays as it is.
  const { pathname, search, hash } = location;
  const withView = useCallback(
    (next: ViewMode) => {
      const params = new URLSearchParams(search);
      params.set('view', next);
      return `${pathname}?${params}${hash}`;
    },
    [pathname, search, hash],
  );
  useEffect(() => {
    if (!urlView) void navigate(withView(view), { replace: true, state: QUIET });
  }, [urlView, view, withView, navigate]);

  const goTo = useCallback((next: ReaderPlace) => void navigate(readerHref(id, next, view)), [navigate, id, view]);
  const idle = navigation.state === 'idle';
  const showPlace = useCallback(
    (next: ReaderPlace) => {
      // A navigation under way (another call loading) must not be replaced by a scroll of this one.
      if (idle) void navigate(readerHref(id, next, view), { replace: true, state: QUIET, preventScrollReset: true });
    },
    [idle, navigate, id, view],
  );
  const setView = useCallback(
    (next: ViewMode) => {
      savePreferredView(next);
      // At once (not in a transition): the view radios are controlled by the address.
      void navigate(withView(next), { replace: true, state: QUIET, preventScrollReset: true, flushSync: true });
    },
    [navigate, withView],
  );
  const hrefFor = useCallback((next: ReaderPlace) => readerHref(id, next, view), [id, view]);

  return {
    place,
    view,
    key: location.key,
    moves: !(navigationType === 'REPLACE' && isQuiet(location.state)),
    pop: navigationType === 'POP',
    find: new URLSearchParams(location.search).get('find') ?? '',
    hrefFor,
    goTo,
    showPlace,
    setView,
  };
}
