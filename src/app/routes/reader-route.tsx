import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { useLocation, useNavigate, useNavigationType, useParams } from 'react-router-dom';
import { analystFirms } from '../../core/analyst-firms.ts';
import type { Transcript } from '../../core/transcript-model.ts';
import { transcriptQueryOptions } from '../../features/library/api/get-transcript.ts';
import { QaIndexNav } from '../../features/qa-index/components/qa-index-nav.tsx';
import { ReaderFrame } from '../../features/reader/components/reader-frame.tsx';
import { ScriptToggle } from '../../features/reader/components/script-toggle.tsx';
import { ShortcutsDialog } from '../../features/reader/components/shortcuts-dialog.tsx';
import { TranscriptView, type JumpRequest, type JumpTarget } from '../../features/reader/components/transcript-view.tsx';
import { ViewSwitch } from '../../features/reader/components/view-switch.tsx';
import { useReaderKeys } from '../../features/reader/hooks/use-reader-keys.ts';
import { loadWantsSimplified, saveWantsSimplified, useSimplifiedChinese } from '../../features/reader/hooks/use-simplified-chinese.ts';
import { readerMessages } from '../../features/reader/messages.ts';
import { loadReadingPosition, saveReadingPosition } from '../../features/reader/utils/reading-position.ts';
import { captureScrollAnchor } from '../../features/reader/utils/scroll-anchor.ts';
import { questionAtTurn, questionStartTurn, turnAtLine } from '../../features/reader/utils/transcript-places.ts';
import { loadPreferredView, parseViewMode, savePreferredView, type ViewMode } from '../../features/reader/utils/view-mode.ts';
import { SearchBox } from '../../features/search/components/search-box.tsx';
import { useTranscriptSearch } from '../../features/search/hooks/use-transcript-search.ts';
import { SpeakersNav } from '../../features/speakers/components/speakers-nav.tsx';
import { nextTurnOf, speakerGroups } from '../../features/speakers/utils/speaker-stats.ts';
import { FlaggedFilterNotice } from '../../features/translation-checks/components/flagged-filter-notice.tsx';
import { KeyFiguresNav } from '../../features/translation-checks/components/key-figures-nav.tsx';
import { TranslationChecksNav } from '../../features/translation-checks/components/translation-checks-nav.tsx';
import { useTranslationChecks } from '../../features/translation-checks/hooks/use-translation-checks.ts';
import { translationChecksMessages } from '../../features/translation-checks/messages.ts';
import { notesByPair } from '../../features/translation-checks/utils/check-wording.ts';
import { format, useMessages } from '../../lib/i18n.ts';

/** Loader: make sure the call is parsed before the reader renders. */
export function createReaderLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    await queryClient.ensureQueryData(transcriptQueryOptions(id));
    return null;
  };
}

/** The place a reader URL points at: `/q/7`, `/t/12`, or nothing. */
type UrlPlace =
  { kind: 'question'; question: number } | { kind: 'turn'; turn: number } | { kind: 'none' } | { kind: 'invalid'; text: string };

function urlPlace(transcript: Transcript, question: string | undefined, turn: string | undefined): UrlPlace {
  if (question !== undefined) {
    const n = Number(question);
    if (Number.isInteger(n) && transcript.questions.some((q) => q.n === n)) return { kind: 'question', question: n };
    return { kind: 'invalid', text: question };
  }
  if (turn !== undefined) {
    const index = Number(turn);
    if (Number.isInteger(index) && index >= 0 && index < transcript.turns.length) return { kind: 'turn', turn: index };
    return { kind: 'invalid', text: turn };
  }
  return { kind: 'none' };
}

/** Where to jump for a URL place; a `#L71` hash on a turn link points at one line (paragraph) of it. */
function placeTarget(place: UrlPlace, hash = ''): JumpTarget | null {
  if (place.kind === 'question') return { kind: 'question', question: place.question };
  if (place.kind === 'turn') {
    const line = /^#L(\d+)$/.exec(hash)?.[1];
    return line ? { kind: 'line', turn: place.turn, line: Number(line) } : { kind: 'turn', turn: place.turn };
  }
  return null;
}

/** Whether a jump target stays visible while only flagged pairs are shown (the current search match always does). */
function shownWhenOnlyFlagged(target: JumpTarget, flaggedTurns: ReadonlySet<number>, flaggedLines: ReadonlySet<number>): boolean {
  switch (target.kind) {
    case 'line':
      return flaggedLines.has(target.line);
    case 'turn':
      return flaggedTurns.has(target.turn);
    case 'question':
      return false;
    default:
      return true;
  }
}

/**
 * The reader URL of a place in a call, with the view mode when given. Rendered links leave it out, so that a view
 * switch re-renders none of the hundreds of links; the reader puts the view in the address bar as it arrives.
 */
function readerUrl(id: string, view: ViewMode | null, place: { question?: number; turn?: number } = {}): string {
  const base = `/read/${encodeURIComponent(id)}`;
  const path = place.question !== undefined ? `${base}/q/${place.question}` : place.turn !== undefined ? `${base}/t/${place.turn}` : base;
  return view ? `${path}?view=${view}` : path;
}

/** The address as the person sees it in the address bar. */
function addressBar(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/** The reader for one call. */
export function ReaderRoute() {
  const { id = '' } = useParams();
  const { data } = useSuspenseQuery(transcriptQueryOptions(id));
  return <CallReader key={id} id={id} transcript={data.transcript} />;
}

const URL_DELAY = 400;
/** How long after a jump (link, key, back/forward) the quiet URL update waits for the reader to arrive. */
const JUMP_SETTLE_MS = 1500;

function CallReader({ id, transcript }: { id: string; transcript: Transcript }) {
  const m = useMessages(readerMessages);
  const params = useParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();

  const place = urlPlace(transcript, params.question, params.turn);
  const urlView = parseViewMode(new URLSearchParams(location.search).get('view'));

  // First render: where to start (the URL's place, else the remembered position) and how to show it.
  const [initial] = useState(() => {
    performance.mark('duet:reader-render');
    const stored = loadReadingPosition(id);
    const usable = stored && stored.turn < transcript.turns.length ? stored : null;
    let target = placeTarget(place, location.hash);
    if (!target && place.kind === 'none' && usable && usable.turn > 0) target = { kind: 'turn', turn: usable.turn };
    const question = target?.kind === 'question' ? transcript.questions.find((q) => q.n === target.question) : undefined;
    return {
      target,
      view: urlView ?? usable?.view ?? loadPreferredView() ?? 'side',
      turn: target?.kind === 'turn' || target?.kind === 'line' ? target.turn : question ? questionStartTurn(question) : 0,
    };
  });

  const [view, setView] = useState<ViewMode>(initial.view);
  const [wantsSimplified, setWantsSimplified] = useState(loadWantsSimplified);
  const [speakerFilter, setSpeakerFilter] = useState<string | null>(null);
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [activeTurn, setActiveTurn] = useState(initial.turn);
  const [jump, setJump] = useState<JumpRequest | null>(initial.target ? { target: initial.target, nonce: 0 } : null);
  const nonce = useRef(1);
  const searchInput = useRef<HTMLInputElement>(null);

  const requestJump = useCallback((target: JumpTarget, focus = false) => {
    nonce.current += 1;
    setJump({ target, nonce: nonce.current, focus });
  }, []);

  // Translation checks and key figures: computed after the first paint, in the check worker (see useTranslationChecks).
  const checkState = useTranslationChecks(id, transcript);
  const checkMessages = useMessages(translationChecksMessages);
  const flags = useMemo(() => notesByPair(checkState.checks, checkMessages), [checkState.checks, checkMessages]);
  const flagged = useMemo(
    () => ({
      turns: new Set(checkState.checks.map((check) => check.turn)),
      lines: new Set(checkState.checks.map((check) => check.line)),
    }),
    [checkState.checks],
  );

  // Deep links: the browser must not restore an old scroll position over ours.
  useEffect(() => {
    if (!('scrollRestoration' in history)) return;
    const previous = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    return () => {
      history.scrollRestoration = previous;
    };
  }, []);

  useEffect(() => {
    const previous = document.title;
    document.title = `${transcript.meta.title} · Duet`;
    return () => {
      document.title = previous;
    };
  }, [transcript]);

  // Every router navigation is a jump (links, keys, back/forward); the quiet URL updates below bypass the router.
  const [firstKey] = useState(location.key);
  const lastJumpAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (location.key === firstKey) return;
    lastJumpAt.current = performance.now();
    const target = placeTarget(place, location.hash) ?? (place.kind === 'none' ? ({ kind: 'top' } as const) : null);
    if (target) requestJump(target, navigationType !== 'POP');
    // Only a new location matters here; `place` is read from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);

  // Back/forward to an entry with another view mode: follow the URL.
  const [seenKey, setSeenKey] = useState(location.key);
  if (seenKey !== location.key) {
    setSeenKey(location.key);
    if (urlView && urlView !== view) setView(urlView);
    // A jump to a place the "Only flagged pairs" filter hides shows every pair again (the jump itself follows below).
    if (onlyFlagged) {
      const target = placeTarget(place, location.hash) ?? (place.kind === 'none' ? ({ kind: 'top' } as const) : null);
      if (target && !shownWhenOnlyFlagged(target, flagged.turns, flagged.lines)) setOnlyFlagged(false);
    }
  }

  const firms = useMemo(() => analystFirms(transcript), [transcript]);
  const groups = useMemo(() => speakerGroups(transcript, firms), [transcript, firms]);
  const simplified = useSimplifiedChinese(transcript, wantsSimplified);
  const activeQuestion = questionAtTurn(transcript.questions, activeTurn);

  const search = useTranscriptSearch({
    transcript,
    chinese: simplified.chinese,
    english: view !== 'zh',
    chineseVisible: view !== 'en',
    speaker: speakerFilter,
    startTurn: activeTurn,
  });

  // Bring the current match into view whenever it is (re)selected.
  const currentMatchIndex = search.current?.index ?? null;
  useEffect(() => {
    if (currentMatchIndex !== null) requestJump({ kind: 'match', index: currentMatchIndex });
  }, [search.selection, currentMatchIndex, requestJump]);

  // The address bar as the reader last left it: after a router navigation arrived, or after its own quiet update.
  const ownAddress = useRef<string | null>(null);

  // The address bar always names the view: links leave it out (see readerUrl), so it is added as they arrive.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.get('view') !== view) {
      params.set('view', view);
      window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params}${window.location.hash}`);
    }
    ownAddress.current = addressBar();
  }, [location.key, view]);

  // Remember the position, and keep the address bar pointing at it: quietly, with history.replaceState, so that
  // the page does not move and a router navigation under way (a link just clicked) is never cancelled by it.
  // The router's own location stays where the last navigation left it; back/forward and reload read the real URL.
  useEffect(() => {
    let timer = 0;
    const update = () => {
      // The address changed under us: a navigation has pushed its URL and not yet arrived (or just did). It names
      // the place; its arrival schedules the next update.
      if (addressBar() !== ownAddress.current) return;
      // While a jump is still travelling to the place the URL names, the active turn is stale: wait for it.
      const settling = lastJumpAt.current + JUMP_SETTLE_MS - performance.now();
      if (settling > 0) {
        timer = window.setTimeout(update, settling);
        return;
      }
      const question = questionAtTurn(transcript.questions, activeTurn);
      saveReadingPosition(id, { turn: activeTurn, question: question?.n ?? null, view });
      const atQuestionStart = question && questionStartTurn(question) === activeTurn;
      const url = atQuestionStart
        ? readerUrl(id, view, { question: question.n })
        : activeTurn > 0
          ? readerUrl(id, view, { turn: activeTurn })
          : readerUrl(id, view);
      // Keep a line anchor (#L71) while the reader is still at that place.
      const hash = url.split('?')[0] === window.location.pathname ? window.location.hash : '';
      if (url + hash !== addressBar()) {
        // The router's entry state (its key and index) stays, so back/forward still finds this entry.
        window.history.replaceState(window.history.state, '', url + hash);
        ownAddress.current = addressBar();
      }
    };
    timer = window.setTimeout(update, URL_DELAY);
    return () => window.clearTimeout(timer);
  }, [activeTurn, view, id, transcript]);

  const changeView = useCallback(
    (next: ViewMode) => {
      const anchor = captureScrollAnchor();
      setView(next);
      savePreferredView(next);
      if (anchor) requestJump({ kind: 'anchor', anchor });
    },
    [requestJump],
  );

  // The question a key press asked for counts as the current one while the jump travels there (so a quick k-k goes
  // back two): the turns the reader passes on the way, or settles through, must not take its place.
  const requestedQuestion = useRef<{ n: number; at: number } | null>(null);
  const keyQuestion = (): number | null => {
    const requested = requestedQuestion.current;
    if (requested && performance.now() - requested.at < JUMP_SETTLE_MS) return requested.n;
    return activeQuestion?.n ?? null;
  };
  const goToQuestion = (n: number) => {
    requestedQuestion.current = { n, at: performance.now() };
    navigate(readerUrl(id, view, { question: n }));
  };
  const questionCount = transcript.questions.length;
  const nextQuestion = () => {
    if (questionCount === 0) return;
    const current = keyQuestion();
    const target =
      current !== null
        ? Math.min(current + 1, questionCount)
        : (transcript.questions.find((q) => questionStartTurn(q) > activeTurn)?.n ?? questionCount);
    goToQuestion(target);
  };
  const previousQuestion = () => {
    const current = keyQuestion();
    if (questionCount === 0 || current === null) return;
    goToQuestion(Math.max(current - 1, 1));
  };

  useReaderKeys(
    {
      nextQuestion,
      previousQuestion,
      focusSearch: () => {
        setDrawerOpen(false);
        searchInput.current?.focus();
        searchInput.current?.select();
      },
      showShortcuts: () => setShortcutsOpen(true),
    },
    !shortcutsOpen,
  );

  const jumpToSpeaker = useCallback(
    (name: string) => {
      const stats = groups.flatMap((group) => group.speakers).find((speaker) => speaker.name === name);
      const turn = stats ? nextTurnOf(stats, activeTurn) : null;
      setDrawerOpen(false);
      if (turn !== null) navigate(readerUrl(id, view, { turn }));
    },
    [groups, activeTurn, id, view, navigate],
  );

  const filterSpeaker = useCallback(
    (name: string | null) => {
      setSpeakerFilter(name);
      setDrawerOpen(false);
      if (name) {
        const stats = groups.flatMap((group) => group.speakers).find((speaker) => speaker.name === name);
        const turns = stats?.turns ?? [];
        const shown = onlyFlagged ? turns.filter((t) => flagged.turns.has(t)) : turns;
        // With only flagged pairs shown, a speaker none of whose pairs is flagged shows every pair again.
        if (onlyFlagged && shown.length === 0) setOnlyFlagged(false);
        const candidates = shown.length > 0 ? shown : turns;
        const turn = candidates.find((t) => t >= activeTurn) ?? candidates[0];
        if (turn !== undefined) requestJump({ kind: 'turn', turn });
      } else {
        requestJump({ kind: 'turn', turn: activeTurn });
      }
    },
    [groups, activeTurn, requestJump, onlyFlagged, flagged],
  );

  const changeOnlyFlagged = useCallback(
    (only: boolean) => {
      if (!only) {
        // Keep the pair at the top of the reading area where it is while the others come back.
        const anchor = captureScrollAnchor();
        setOnlyFlagged(false);
        if (anchor) requestJump({ kind: 'anchor', anchor });
        return;
      }
      setOnlyFlagged(true);
      const turns = [...flagged.turns]
        .filter((turn) => speakerFilter === null || transcript.turns[turn]?.speaker === speakerFilter)
        .sort((a, b) => a - b);
      const turn = turns.find((t) => t >= activeTurn) ?? turns[0];
      if (turn !== undefined) requestJump({ kind: 'turn', turn });
    },
    [flagged, speakerFilter, transcript, activeTurn, requestJump],
  );

  const linkForLine = useCallback(
    (line: number) => {
      const turn = turnAtLine(transcript, line);
      return turn === null ? readerUrl(id, null) : `${readerUrl(id, null, { turn })}#L${line}`;
    },
    [transcript, id],
  );
  const linkToQuestion = useCallback((n: number) => readerUrl(id, null, { question: n }), [id]);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);

  const toolbar = (
    <>
      <ViewSwitch view={view} onChange={changeView} />
      <ScriptToggle
        wanted={wantsSimplified}
        status={simplified.status}
        progress={simplified.progress}
        onChange={(wanted) => {
          setWantsSimplified(wanted);
          saveWantsSimplified(wanted);
        }}
      />
      <SearchBox search={search} inputRef={searchInput} />
      <button type="button" className="icon-button shortcuts-button" aria-label={m.shortcuts} onClick={() => setShortcutsOpen(true)}>
        <span aria-hidden="true">?</span>
      </button>
    </>
  );

  const navigation = (
    <>
      <QaIndexNav
        questions={transcript.questions}
        activeQuestion={activeQuestion?.n ?? null}
        linkTo={linkToQuestion}
        onNavigate={closeDrawer}
      />
      <TranslationChecksNav
        status={checkState.status}
        checks={checkState.checks}
        transcript={transcript}
        linkForLine={linkForLine}
        onlyFlagged={onlyFlagged}
        onOnlyFlaggedChange={changeOnlyFlagged}
        onNavigate={closeDrawer}
      />
      <SpeakersNav groups={groups} filter={speakerFilter} onJump={jumpToSpeaker} onFilter={filterSpeaker} />
      <KeyFiguresNav status={checkState.status} figures={checkState.figures} linkForLine={linkForLine} onNavigate={closeDrawer} />
    </>
  );

  const banner = (
    <>
      {place.kind === 'invalid' && location.key === firstKey ? (
        <p role="alert" className="notice notice-alert">
          {format(m.badPlace, { place: place.text })}
        </p>
      ) : null}
      {speakerFilter || onlyFlagged ? (
        <div className="filter-notices" data-reader-sticky="">
          {speakerFilter ? (
            <p className="notice filter-notice">
              <span>{format(m.showingOnly, { name: speakerFilter })}</span>
              <button type="button" className="link-button" onClick={() => filterSpeaker(null)}>
                {m.showEveryone}
              </button>
            </p>
          ) : null}
          {onlyFlagged ? <FlaggedFilterNotice count={flags.size} onShowAll={() => changeOnlyFlagged(false)} /> : null}
        </div>
      ) : null}
    </>
  );

  return (
    <>
      <ReaderFrame toolbar={toolbar} navigation={navigation} banner={banner} drawerOpen={drawerOpen} onDrawerOpenChange={setDrawerOpen}>
        <TranscriptView
          transcript={transcript}
          view={view}
          chinese={simplified.chinese}
          firms={firms}
          matchesByTurn={search.byTurn}
          currentMatch={search.current}
          speakerFilter={speakerFilter}
          linkForLine={linkForLine}
          jump={jump}
          onActiveTurnChange={setActiveTurn}
          firstTurn={initial.turn}
          flags={flags}
          onlyFlagged={onlyFlagged}
        />
      </ReaderFrame>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </>
  );
}
