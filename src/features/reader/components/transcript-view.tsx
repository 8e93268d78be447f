import { Fragment, memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Question, Role, Transcript } from '../../../core/transcript-model.ts';
import { SUMMARY_TURN, type ChineseText, type TextMatch } from '../../../core/transcript-search.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { afterNextPaint } from '../../../lib/schedule.ts';
import { useSettings } from '../../../lib/settings.ts';
import { readerMessages } from '../messages.ts';
import { pinElement, readerBarBottom } from '../utils/pin-scroll.ts';
import type { ScrollAnchor } from '../utils/scroll-anchor.ts';
import { estimateTurnHeight, firstSliceEnd, questionStartTurn } from '../utils/transcript-places.ts';
import type { ViewMode } from '../utils/view-mode.ts';
import { DiagnosticsNotice } from './diagnostics-notice.tsx';
import { groupMatches, highlightText } from './highlighted-text.tsx';
import type { PairFlag } from './check-badge.tsx';
import { TurnBlock, type TurnLabels } from './turn-block.tsx';

/** A place to bring into view. */
export type JumpTarget =
  | { kind: 'top' }
  | { kind: 'turn'; turn: number }
  | { kind: 'line'; turn: number; line: number }
  | { kind: 'question'; question: number }
  | { kind: 'match'; index: number }
  | { kind: 'anchor'; anchor: ScrollAnchor };

/** A request to jump; a new `nonce` asks again even for the same target. */
export interface JumpRequest {
  target: JumpTarget;
  nonce: number;
  /** Move keyboard focus to the target turn (for jumps the reader asked for from the navigation). */
  focus?: boolean;
}

export interface TranscriptViewProps {
  transcript: Transcript;
  view: ViewMode;
  /** The Chinese as displayed when converted to Simplified; null shows the file's text. */
  chinese: ChineseText | null;
  firms: ReadonlyMap<string, string>;
  matchesByTurn: ReadonlyMap<number, readonly TextMatch[]>;
  currentMatch: TextMatch | null;
  /** Show only this speaker's turns. */
  speakerFilter: string | null;
  linkForLine: (line: number) => string | null;
  jump: JumpRequest | null;
  /** Reports the turn at the top of the reading area as the reader scrolls. */
  onActiveTurnChange: (turn: number) => void;
  /** A turn that must be in the first render (the deep-link target); later turns follow in slices. */
  firstTurn?: number;
  /** Translation problems to mark, by pair (key `${turn}:${paragraph}`). */
  flags?: ReadonlyMap<string, readonly PairFlag[]>;
  /** Show only the flagged pairs (and their turns' headers); the current search match stays visible. */
  onlyFlagged?: boolean;
}

/**
 * The first render holds the turns up to the place the reader opens at and enough after it to fill this many
 * screens (by estimated height); the rest follows in slices of SLICE turns, one task each, so any call paints at once.
 */
const FIRST_SCREENS = 2.5;
const SLICE = 300;

const NO_MATCHES: readonly TextMatch[] = [];
const NO_FLAGS: ReadonlyMap<string, readonly PairFlag[]> = new Map();

/** Flags regrouped by turn, then paragraph, so only the turns that have some re-render when they arrive. */
function flagsByTurn(flags: ReadonlyMap<string, readonly PairFlag[]>): Map<number, Map<number, readonly PairFlag[]>> {
  const byTurn = new Map<number, Map<number, readonly PairFlag[]>>();
  for (const [key, list] of flags) {
    const [turn, paragraph] = key.split(':').map(Number);
    if (turn === undefined || paragraph === undefined || !Number.isInteger(turn) || !Number.isInteger(paragraph)) continue;
    let turnFlags = byTurn.get(turn);
    if (!turnFlags) {
      turnFlags = new Map();
      byTurn.set(turn, turnFlags);
    }
    turnFlags.set(paragraph, list);
  }
  return byTurn;
}

interface SummaryBlockProps {
  lines: readonly string[];
  zhLang: 'zh-Hant' | 'zh-Hans';
  matches: readonly TextMatch[];
  currentMatch: number | null;
}

/** The Chinese summary that precedes the call in the file. */
const SummaryBlock = memo(function SummaryBlock({ lines, zhLang, matches, currentMatch }: SummaryBlockProps) {
  const groups = useMemo(() => groupMatches(matches), [matches]);
  return (
    <section
      className={currentMatch === null ? 'summary' : 'summary summary-current'}
      aria-labelledby="summary-title"
      data-turn={SUMMARY_TURN}
    >
      <h2 id="summary-title" className="summary-title">
        <span lang="en">Summary</span> <span aria-hidden="true">/</span> <span lang="zh-Hant">摘要</span>
      </h2>
      {lines.map((line, paragraph) => (
        <p key={paragraph} className="summary-line" lang={zhLang} data-pair={`${SUMMARY_TURN}:${paragraph}`}>
          {highlightText(line, groups.get(`${paragraph}:zh`), currentMatch)}
        </p>
      ))}
    </section>
  );
});

function targetElement(target: JumpTarget): HTMLElement | null {
  switch (target.kind) {
    case 'top':
      return document.querySelector<HTMLElement>('[data-transcript]');
    case 'turn':
      return document.getElementById(`turn-${target.turn}`);
    case 'line':
      return document.getElementById(`L${target.line}`) ?? document.getElementById(`turn-${target.turn}`);
    case 'question':
      return document.getElementById(`question-${target.question}`);
    case 'match':
      return document.querySelector<HTMLElement>(`mark[data-match="${target.index}"]`);
    case 'anchor':
      return document.querySelector<HTMLElement>(target.anchor.selector);
  }
}

/** Briefly tints a paragraph pair the reader was sent to (Web Animations: no class or style left behind). */
function flash(element: HTMLElement) {
  if (typeof element.animate !== 'function') return;
  const tint = getComputedStyle(document.documentElement).getPropertyValue('--mark').trim() || 'rgb(251 231 161)';
  element.animate([{ backgroundColor: tint }, { backgroundColor: tint, offset: 0.4 }, { backgroundColor: 'transparent' }], {
    duration: 1800,
    easing: 'ease-out',
  });
}

function targetTop(target: JumpTarget): (element: HTMLElement) => number {
  switch (target.kind) {
    case 'match':
      return (element) => Math.max(readerBarBottom() + 16, (window.innerHeight - element.offsetHeight) / 2);
    case 'anchor':
      return () => target.anchor.top;
    case 'top':
      return () => 0;
    default:
      return () => readerBarBottom() + 12;
  }
}

/** The call itself: title, notices, summary, then every turn, paired row by row. */
export const TranscriptView = memo(function TranscriptView({
  transcript,
  view,
  chinese,
  firms,
  matchesByTurn,
  currentMatch,
  speakerFilter,
  linkForLine,
  jump,
  onActiveTurnChange,
  firstTurn = 0,
  flags = NO_FLAGS,
  onlyFlagged = false,
}: TranscriptViewProps) {
  const m = useMessages(readerMessages);
  const { uiLanguage } = useSettings();
  const zhLang = chinese ? 'zh-Hans' : 'zh-Hant';
  const containerRef = useRef<HTMLDivElement>(null);
  const pinningRef = useRef(false);
  const visibleRef = useRef(new Set<number>());
  const onActiveRef = useRef(onActiveTurnChange);
  useEffect(() => {
    onActiveRef.current = onActiveTurnChange;
  });

  const labels = useMemo<TurnLabels>(
    () => ({
      roles: { company: m.company, analyst: m.analyst, operator: m.operator } satisfies Record<Role, string>,
      noTranslation: m.noTranslation,
      noEnglish: m.noEnglish,
      checkOne: m.checkOne,
      checkMany: m.checkMany,
      uiLanguage,
    }),
    [m, uiLanguage],
  );

  const heights = useMemo(() => transcript.turns.map((_, index) => estimateTurnHeight(transcript, index)), [transcript]);

  // Progressive rendering: the first slice (up to the target, then a few screens) paints at once, the rest
  // follows a slice per task.
  const total = transcript.turns.length;
  const [limit, setLimit] = useState(() => firstSliceEnd(heights, firstTurn, FIRST_SCREENS * (window.innerHeight || 800)));
  useEffect(() => {
    if (limit >= total) return;
    const timer = window.setTimeout(() => startTransition(() => setLimit((value) => Math.min(total, value + SLICE))), 0);
    return () => window.clearTimeout(timer);
  }, [limit, total]);
  const complete = limit >= total;

  const turnFlags = useMemo(() => flagsByTurn(flags), [flags]);

  const questionsByStart = useMemo(() => {
    const byStart = new Map<number, Question[]>();
    for (const question of transcript.questions) {
      const start = questionStartTurn(question);
      byStart.set(start, [...(byStart.get(start) ?? []), question]);
    }
    return byStart;
  }, [transcript]);

  const firstQaTurn = useMemo(() => transcript.turns.findIndex((turn) => turn.section === 'qa'), [transcript]);
  const firstPresentationTurn = useMemo(() => transcript.turns.findIndex((turn) => turn.section === 'presentation'), [transcript]);

  // Performance marks once the call is first painted, and once every turn is (read by the browser tests and
  // `npm run perf`: time to reader).
  useEffect(() => afterNextPaint(() => performance.mark('duet:reader-painted')), [transcript]);
  useEffect(() => {
    if (complete) return afterNextPaint(() => performance.mark('duet:reader-complete'));
  }, [transcript, complete]);

  // Scroll spy: which turns cross a thin band just below the reading bar.
  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof IntersectionObserver === 'undefined') return;
    const visible = visibleRef.current;
    let observer: IntersectionObserver | null = null;
    const report = () => {
      if (pinningRef.current || visible.size === 0) return;
      onActiveRef.current(Math.min(...visible));
    };
    const observe = () => {
      observer?.disconnect();
      visible.clear();
      const top = Math.round(readerBarBottom() + 24);
      const bottom = Math.max(0, window.innerHeight - top - 8);
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const turn = Number((entry.target as HTMLElement).dataset.turn);
            if (entry.isIntersecting) visible.add(turn);
            else visible.delete(turn);
          }
          report();
        },
        { rootMargin: `-${top}px 0px -${bottom}px 0px` },
      );
      for (const element of container.querySelectorAll('[data-turn]')) observer.observe(element);
    };
    observe();
    if (!complete) return () => observer?.disconnect();
    let resizeTimer = 0;
    const onResize = () => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(observe, 200);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      window.clearTimeout(resizeTimer);
      observer?.disconnect();
    };
  }, [transcript, complete]);

  // Jumps: bring the target into view and keep it there while content-visibility settles the layout.
  useEffect(() => {
    if (!jump) return;
    const { target } = jump;
    let cancel: (() => void) | null = null;
    let frames = 0;
    let handle = 0;
    const start = () => {
      const element = targetElement(target);
      if (!element) {
        // The target may not be rendered yet (a deferred search result): try again for a few frames.
        frames += 1;
        if (frames < 120) handle = requestAnimationFrame(start);
        return;
      }
      pinningRef.current = true;
      const turnOf =
        target.kind === 'turn' || target.kind === 'line'
          ? target.turn
          : target.kind === 'question'
            ? transcript.questions.find((question) => question.n === target.question)?.introTurn
            : Number(element.closest<HTMLElement>('[data-turn]')?.dataset.turn ?? Number.NaN);
      if (turnOf !== undefined && Number.isInteger(turnOf) && turnOf >= 0) onActiveRef.current(turnOf);
      // Move focus to the target for screen readers, unless the reader has meanwhile started typing (e.g. pressed "/").
      const typing = document.activeElement?.matches('input:not([type=radio]):not([type=checkbox]), textarea, [contenteditable="true"]');
      if (jump.focus && turnOf !== undefined && !typing) document.getElementById(`turn-${turnOf}`)?.focus({ preventScroll: true });
      if (target.kind === 'line') flash(element);
      // A place inside a long turn that content-visibility still skips would be placed by a layout that is not
      // painted (the turn keeps its estimated height): render that turn for real while pinning.
      const turnElement = element.closest<HTMLElement>('[data-turn]');
      if (turnElement && turnElement !== element) {
        turnElement.style.contentVisibility = 'visible';
        release = () => {
          turnElement.style.contentVisibility = '';
          release = null;
        };
      }
      cancel = pinElement(element, {
        top: targetTop(target),
        onSettled: () => {
          pinningRef.current = false;
          release?.();
        },
      });
    };
    let release: (() => void) | null = null;
    start();
    return () => {
      cancelAnimationFrame(handle);
      cancel?.();
      release?.();
      pinningRef.current = false;
    };
  }, [jump, transcript]);

  const currentIndex = currentMatch?.index ?? null;
  const currentTurn = currentMatch?.turn ?? null;
  const meta = transcript.meta;
  const kicker = [meta.company, meta.period].filter((part): part is string => Boolean(part)).join(' · ');

  // The turns, memoized apart from the view mode and jumps: switching view or jumping re-renders the frame,
  // and React then skips every turn (same elements), which keeps a 3 MB call responsive.
  const turnElements = useMemo(
    () =>
      (complete ? transcript.turns : transcript.turns.slice(0, limit)).map((turn, index) => (
        <Fragment key={index}>
          {index === firstPresentationTurn ? (
            <h2 className="section-title" id="section-presentation">
              {m.presentation}
            </h2>
          ) : null}
          {index === firstQaTurn ? (
            <h2 className="section-title" id="section-qa">
              {m.qa}
            </h2>
          ) : null}
          {!speakerFilter
            ? questionsByStart.get(index)?.map((question) => (
                <p className="question-marker" id={`question-${question.n}`} key={`q${question.n}`} data-question={question.n}>
                  <span className="question-number">{format(m.question, { n: question.n })}</span>
                  <span className="question-who" lang="en">
                    {question.introducedAs}
                    {question.firm ? `, ${question.firm}` : ''}
                  </span>
                </p>
              ))
            : null}
          <TurnBlock
            turn={turn}
            index={index}
            zh={chinese ? (chinese.turns[index] ?? null) : null}
            zhLang={zhLang}
            firm={turn.role === 'analyst' ? (firms.get(turn.speaker) ?? null) : null}
            matches={matchesByTurn.get(index) ?? NO_MATCHES}
            currentMatch={currentTurn === index ? currentIndex : null}
            hidden={speakerFilter !== null && turn.speaker !== speakerFilter}
            estimatedHeight={heights[index] ?? 400}
            labels={labels}
            flags={turnFlags.get(index) ?? null}
          />
        </Fragment>
      )),
    [
      complete,
      limit,
      transcript,
      firstPresentationTurn,
      firstQaTurn,
      m,
      speakerFilter,
      questionsByStart,
      chinese,
      zhLang,
      firms,
      matchesByTurn,
      currentTurn,
      currentIndex,
      heights,
      labels,
      turnFlags,
    ],
  );

  return (
    <div
      ref={containerRef}
      className={onlyFlagged ? `transcript view-${view} only-flagged` : `transcript view-${view}`}
      data-transcript=""
      data-view={view}
    >
      <header className="call-head">
        {kicker ? (
          <p className="call-kicker" lang="en">
            {kicker}
          </p>
        ) : null}
        <h1 className="call-title" lang="en" id="call-title">
          {meta.title}
        </h1>
        {transcript.disclaimer ? (
          <p className="disclaimer">
            <span className="disclaimer-label">{m.translationNote}</span> <span lang="zh-Hant">{transcript.disclaimer.text}</span>
          </p>
        ) : null}
      </header>
      <DiagnosticsNotice diagnostics={transcript.diagnostics} linkForLine={linkForLine} />
      {transcript.summary.length > 0 && !speakerFilter ? (
        <SummaryBlock
          lines={chinese ? chinese.summary : transcript.summary.map((line) => line.zh)}
          zhLang={zhLang}
          matches={matchesByTurn.get(SUMMARY_TURN) ?? NO_MATCHES}
          currentMatch={currentTurn === SUMMARY_TURN ? currentIndex : null}
        />
      ) : null}
      {turnElements}
    </div>
  );
});
