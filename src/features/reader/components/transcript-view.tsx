import type { VirtualItem } from '@tanstack/react-virtual';

type Key = VirtualItem['key'];
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { alignSentences, type LengthModel, type SentenceAlignment } from '../../../core/align-sentences.ts';
import { quoteAsMarkdown, quoteAsText } from '../../../core/quote-citation.ts';
import { splitChineseSentences, splitEnglishSentences } from '../../../core/split-sentences.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import { SUMMARY_TURN, type ChineseText, type TextMatch } from '../../../core/transcript-search.ts';
import { endFirstScreen } from '../../../lib/first-screen-handoff.ts';
import { afterNextPaint } from '../../../lib/schedule.ts';
import { useNarrowScreen } from '../hooks/use-narrow-screen.ts';
import { useReaderVirtualizer, type ReaderVirtualizer } from '../hooks/use-reader-virtualizer.ts';
import { placeOfTurn, samePlace, sentenceNumber, sentenceOfTurn, type ReaderPlace } from '../utils/reader-place.ts';
import {
  ROW_HEAD,
  ROW_PAIR,
  ROW_QUESTION,
  ROW_SECTION,
  ROW_TURN,
  rowClassName,
  rowOfPair,
  rowOfPlace,
  sectionOfRow,
  turnOfRow,
  type RowTable,
} from '../utils/reader-rows.ts';
import type { ViewMode } from '../utils/view-mode.ts';
import { CallHead } from './call-head.tsx';
import type { PairFlag } from './check-badge.tsx';
import { NO_MARKS, type TextMark } from './marked-text.tsx';
import { matchMarks } from './match-marks.tsx';
import { linkText, PairRow, type QuoteFormat } from './pair-row.tsx';
import { QuestionRow, SectionRow, TurnRow, type RowLabels } from './reader-rows.tsx';

/** Where the reader was asked to go: a place of the address (link, key, back/forward) or a search match. */
export type JumpRequest =
  { key: string; kind: 'place'; place: ReaderPlace; focus: boolean } | { key: string; kind: 'match'; match: TextMatch };

/**
 * Something another feature marks in the text (highlights, glossary terms): asked for the marks of each pair's side
 * as the pair is rendered. A new decorator object means its marks changed.
 */
export interface PairDecorator {
  marks: (turn: number, paragraph: number, side: 'en' | 'zh', text: string) => readonly TextMark[];
}

export interface TranscriptViewProps {
  transcript: Transcript;
  table: RowTable;
  view: ViewMode;
  /** The Chinese as displayed when converted to Simplified; null shows the file's text. */
  chinese: ChineseText | null;
  /** The Simplified disclaimer when converted. */
  disclaimer: string | null;
  firms: ReadonlyMap<string, string>;
  matchesByTurn: ReadonlyMap<number, readonly TextMatch[]>;
  currentMatch: TextMatch | null;
  /** Translation problems to mark, by pair (`${turn}:${paragraph}`). */
  flags: ReadonlyMap<string, readonly PairFlag[]>;
  showSummary: boolean;
  /** The latest jump; a jump is carried out once (by key). */
  jump: JumpRequest | null;
  /** A jump's target is hidden by a filter: the reader should show it (the jump is carried out once it is). */
  onJumpHidden: (jump: JumpRequest) => void;
  /** The place the address names now. */
  place: ReaderPlace;
  /** The reader scrolled to another place: update the address quietly. */
  onPlaceChange: (place: ReaderPlace) => void;
  /** Height of the sticky bar over the reading area, in px. */
  stickyTop: number;
  linkForLine: (line: number) => string | null;
  labels: RowLabels;
  /** Marks of other features, outermost first (search matches are the view's own). */
  decorators?: readonly PairDecorator[];
  /** The call's sentence-length model, for aligning the sentences of the pairs on screen. */
  sentenceModel: LengthModel;
  /** The reader address of a place (for the links in copied quotes). */
  placeHref: (place: ReaderPlace) => string;
  /** Says that a quote was copied, or could not be. */
  onQuoteCopied: (copied: boolean) => void;
}

const NO_DECORATORS: readonly PairDecorator[] = [];

const NO_MATCHES: readonly TextMatch[] = [];
/** Where reading happens, in px below the sticky bar: a jump puts its row's top just above it (see the virtualizer). */
const READING_LINE = 12;
/** Rows rendered when printing, at most (a very long call prints its beginning). */
const PRINT_LIMIT = 20_000;

/** What was at the top of the reading area: a row (by its virtualizer key) and how far below the bar its top was. */
interface TopAnchor {
  key: Key;
  delta: number;
}

/** Unpacks a row key (see use-reader-virtualizer) into the row of a table, or null when the table hides it. */
function rowOfKey(table: RowTable, key: Key): number | null {
  if (typeof key !== 'number') return null;
  const item = key % 0x1000000;
  const rest = Math.floor(key / 0x1000000);
  const turn = (rest % 0x1000000) - 1;
  const kind = Math.floor(rest / 0x1000000);
  switch (kind) {
    case ROW_HEAD:
      return 0;
    case ROW_PAIR:
      return rowOfPair(table, turn, item) ?? nextShownRow(table, turn);
    case ROW_TURN:
      return (table.turnRow[turn] ?? -1) >= 0 ? (table.turnRow[turn] ?? null) : nextShownRow(table, turn);
    case ROW_QUESTION:
      return table.questionRow.get(item) ?? nextShownRow(table, turn);
    case ROW_SECTION:
      return nextShownRow(table, turn);
    default:
      return null;
  }
}

function nextShownRow(table: RowTable, turn: number): number | null {
  for (let index = Math.max(0, turn); index < table.turnRow.length; index += 1) {
    const row = table.turnRow[index] ?? -1;
    if (row >= 0) return row;
  }
  return null;
}

/** True while someone types in a field (a jump then leaves the focus where it is). */
function typingSomewhere(): boolean {
  return Boolean(document.activeElement?.matches('input:not([type=radio]):not([type=checkbox]), textarea, [contenteditable="true"]'));
}

/** Briefly tints the pair a link pointed at (Web Animations: nothing left behind). */
function flash(element: Element) {
  if (!(element instanceof HTMLElement) || typeof element.animate !== 'function') return;
  const tint = getComputedStyle(document.documentElement).getPropertyValue('--mark').trim() || 'rgb(251 231 161)';
  element.animate([{ backgroundColor: tint }, { backgroundColor: tint, offset: 0.4 }, { backgroundColor: 'transparent' }], {
    duration: 1800,
    easing: 'ease-out',
  });
}

/** A cached lookup of the marks of a pair's side: the decorators' marks, then the search matches. */
function markLookup(
  decorators: readonly PairDecorator[],
  matchesByPair: ReadonlyMap<string, readonly TextMatch[]>,
  currentIndex: number | null,
): (turn: number, paragraph: number, side: 'en' | 'zh', text: string | null) => readonly TextMark[] {
  const cache = new Map<string, readonly TextMark[]>();
  return (turn, paragraph, side, text) => {
    if (text === null) return NO_MARKS;
    const key = `${turn}:${paragraph}:${side}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const marks: TextMark[] = [];
    for (const decorator of decorators) marks.push(...decorator.marks(turn, paragraph, side, text));
    const matches = matchesByPair.get(`${turn}:${paragraph}`)?.filter((match) => match.side === side);
    if (matches && matches.length > 0) marks.push(...matchMarks(matches, currentIndex));
    const result = marks.length === 0 ? NO_MARKS : marks;
    cache.set(key, result);
    return result;
  };
}

/** A cached lookup of the sentence alignment of a pair as displayed (the Chinese may be converted to Simplified). */
function alignmentLookup(
  transcript: Transcript,
  chinese: ChineseText | null,
  model: LengthModel,
): (turn: number, paragraph: number) => SentenceAlignment | null {
  const cache = new Map<string, SentenceAlignment>();
  return (turn, paragraph) => {
    const pair = transcript.turns[turn]?.paragraphs[paragraph];
    if (!pair) return null;
    const key = `${turn}:${paragraph}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const en = pair.en ?? '';
    const zh = (chinese ? chinese.turns[turn]?.[paragraph] : pair.zh) ?? '';
    const alignment = alignSentences(en, zh, splitEnglishSentences(en), splitChineseSentences(zh), model);
    cache.set(key, alignment);
    return alignment;
  };
}

/** The row a jump points at, or null when hidden. */
function jumpRow(table: RowTable, transcript: Transcript, jump: JumpRequest): number | null {
  if (jump.kind === 'place') return rowOfPlace(table, transcript, jump.place);
  if (jump.match.turn === SUMMARY_TURN) return 0;
  return rowOfPair(table, jump.match.turn, jump.match.paragraph);
}

/**
 * Keeps the row that was at the top in place when the rows or their sizes change (a filter, a view switch), until
 * it has landed and every row in the page is measured, or the reader scrolls or jumps. The first scroll lands on
 * estimates; each render after it, as rows near the screen are measured, puts the row back where it was (the virtualizer's own correction judges rows against the scroll
 * position it last heard of, which lags the scroll just made: on a busy machine the row drifted by 185 px).
 * A jump holds its own row the same way (`holdRow`), where it landed; a match, centred, is let go (`holdRow(null)`).
 */
function useKeepTopRow(
  virtualizer: ReaderVirtualizer,
  table: RowTable,
  view: ViewMode,
  anchorRef: { current: TopAnchor | null },
  readerScrollsRef: { current: boolean },
): (anchor: TopAnchor | null) => void {
  const previous = useRef({ table, view });
  const held = useRef<TopAnchor | null>(null);
  const hold = useCallback(() => {
    const top = held.current;
    if (!top) return;
    if (readerScrollsRef.current) {
      held.current = null;
      return;
    }
    const row = rowOfKey(table, top.key);
    const item = row === null ? undefined : virtualizer.measurementsCache[row];
    if (!item) return;
    const target = Math.max(0, item.start - top.delta);
    if (Math.abs(window.scrollY - target) > 1) {
      virtualizer.scrollToOffset(target);
      return;
    }
    // Landed, and every row in the page measured: from here the virtualizer's own rule keeps the page (a scroll bar
    // dragged, which sends no input event, must not be pulled back).
    if (virtualizer.getVirtualItems().every((entry) => virtualizer.itemSizeCache.has(entry.key))) held.current = null;
  }, [virtualizer, table, readerScrollsRef]);
  useLayoutEffect(() => {
    const before = previous.current;
    if (before.table === table && before.view === view) return;
    previous.current = { table, view };
    if (before.view !== view) virtualizer.measure();
    readerScrollsRef.current = false;
    held.current = anchorRef.current;
    virtualizer.getVirtualItems();
    hold();
  }, [virtualizer, table, view, anchorRef, readerScrollsRef, hold]);
  // Every render (rows measured, the page scrolled) while the row is held.
  useLayoutEffect(hold);
  return useCallback(
    (anchor: TopAnchor | null) => {
      readerScrollsRef.current = false;
      held.current = anchor;
    },
    [readerScrollsRef],
  );
}

/** The call: its head, then every section, question, speaker and paragraph pair, rendered near the screen only. */
export const TranscriptView = memo(function TranscriptView({
  transcript,
  table,
  view,
  chinese,
  disclaimer,
  firms,
  matchesByTurn,
  currentMatch,
  flags,
  showSummary,
  jump,
  onJumpHidden,
  place,
  onPlaceChange,
  stickyTop,
  linkForLine,
  labels,
  decorators = NO_DECORATORS,
  sentenceModel,
  placeHref,
  onQuoteCopied,
}: TranscriptViewProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [firstRow] = useState(() => (jump ? (jumpRow(table, transcript, jump) ?? 0) : 0));
  const virtualizer = useReaderVirtualizer({ transcript, table, view, stickyTop, listRef, firstRow });
  const anchor = useRef<TopAnchor | null>(null);
  const readerScrolls = useRef(false);
  const holdRow = useKeepTopRow(virtualizer, table, view, anchor, readerScrolls);

  // Scroll spy: the row under the bar is the reader's place; the address follows it quietly, but only for scrolling
  // the reader does (wheel, touch, keys, scroll bar): the scrolling of a jump, still landing as rows are measured,
  // never names a place of its own. The place a jump went to keeps the address while it is still in the upper half
  // of the reading area (where a jump leaves it).
  useEffect(() => {
    const mine = () => {
      readerScrolls.current = true;
    };
    const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const name of events) window.addEventListener(name, mine, { capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, mine, { capture: true });
    };
  }, []);
  const onScroll = useEffectEvent(() => {
    const top = window.scrollY + stickyTop + READING_LINE;
    const item = virtualizer.getVirtualItemForOffset(top);
    if (!item) return;
    anchor.current = { key: item.key, delta: item.start - window.scrollY };
    if (!readerScrolls.current) return;
    const turn = turnOfRow(table, item.index);
    const next = turn < 0 ? placeOfTurn(transcript, 0) : placeOfTurn(transcript, turn);
    const current = place.kind === 'turn' && next.kind === 'turn' && place.turn === next.turn ? next : place;
    if (samePlace(current, next)) return;
    const named = place.kind === 'invalid' ? null : rowOfPlace(table, transcript, place);
    const namedItem = named === null ? undefined : virtualizer.measurementsCache[named];
    if (namedItem) {
      const fromBar = namedItem.start - (window.scrollY + stickyTop);
      if (fromBar >= -4 && fromBar < (window.innerHeight - stickyTop) / 2) return;
    }
    onPlaceChange(next);
  });
  useEffect(() => {
    const listener = () => onScroll();
    window.addEventListener('scroll', listener, { passive: true });
    return () => window.removeEventListener('scroll', listener);
  }, []);

  // Back and forward move the reader to the entry's place (a jump, below): the browser must not also restore a
  // scroll position of its own over it.
  useEffect(() => {
    if (!('scrollRestoration' in history)) return;
    const previous = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    return () => {
      history.scrollRestoration = previous;
    };
  }, []);

  // Jumps: bring the row into view (the virtualizer corrects its landing as rows above get measured), then focus it.
  const done = useRef<string | null>(null);
  const focusRow = useRef<{ row: number; flash: boolean } | null>(null);
  const reportHidden = useEffectEvent((request: JumpRequest) => onJumpHidden(request));
  useLayoutEffect(() => {
    if (!jump || done.current === jump.key) return;
    const row = jumpRow(table, transcript, jump);
    if (row === null) {
      reportHidden(jump);
      return;
    }
    done.current = jump.key;
    holdRow(null);
    if (jump.kind === 'place' && jump.place.kind !== 'question' && jump.place.kind !== 'turn') {
      virtualizer.scrollToOffset(0);
      return;
    }
    const flashIt = jump.kind === 'place' && jump.place.kind === 'turn' && jump.place.line !== null;
    focusRow.current = jump.kind === 'place' && (jump.focus || flashIt) ? { row, flash: flashIt } : null;
    virtualizer.scrollToIndex(row, { align: jump.kind === 'match' ? 'center' : 'start' });
    // A place stays 8 px under the bar (scrollPaddingStart) while the rows around it are measured.
    if (jump.kind === 'place') holdRow({ key: virtualizer.options.getItemKey(row), delta: stickyTop + 8 });
    // Already rendered: focus now (otherwise the row's ref does it as it mounts).
    const element = listRef.current?.querySelector<HTMLElement>(`[data-index="${row}"] > *`);
    if (element && focusRow.current) {
      if (jump.kind === 'place' && jump.focus && !typingSomewhere()) element.focus({ preventScroll: true });
      if (flashIt) flash(element);
      focusRow.current = null;
    }
  }, [jump, table, transcript, virtualizer, holdRow, stickyTop]);

  const measureRow = useCallback(
    (element: HTMLDivElement | null) => {
      virtualizer.measureElement(element);
      const wanted = focusRow.current;
      if (!element || !wanted || Number(element.dataset.index) !== wanted.row) return;
      focusRow.current = null;
      const target = element.firstElementChild;
      if (target instanceof HTMLElement && !typingSomewhere()) target.focus({ preventScroll: true });
      if (target && wanted.flash) flash(target);
    },
    [virtualizer],
  );

  // Time to reader (read by the browser tests and `npm run perf`): the first frame that shows the call. The rows
  // near the screen are all there is to paint, so the call is complete then too.
  useEffect(
    () =>
      afterNextPaint(() => {
        performance.mark('duet:reader-painted');
        performance.mark('duet:reader-complete');
        // The reader is on screen (under a deep link's first screen, if there is one): it takes over.
        endFirstScreen();
      }),
    [],
  );

  // Printing lays out every row (up to PRINT_LIMIT), not only those near the screen.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const matchesByPair = useMemo(() => {
    const byPair = new Map<string, TextMatch[]>();
    for (const [turn, matches] of matchesByTurn) {
      for (const match of matches) {
        const key = `${turn}:${match.paragraph}`;
        const list = byPair.get(key);
        if (list) list.push(match);
        else byPair.set(key, [match]);
      }
    }
    return byPair;
  }, [matchesByTurn]);

  const zhLang = chinese ? 'zh-Hans' : 'zh-Hant';
  const currentIndex = currentMatch?.index ?? null;
  const currentKey = currentMatch ? `${currentMatch.turn}:${currentMatch.paragraph}` : null;

  // The text comes first; what other features lay over it (glossary terms, highlights) and the sentences of each pair
  // come in the frame after, as a transition, so the first paint of a call costs what plain text costs.
  const [layered, setLayered] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setLayered(true))), []);
  const shownDecorators = layered ? decorators : NO_DECORATORS;
  // The marks of each pair's sides, made once per set of matches and decorators (so unchanged rows skip rendering).
  const marksFor = useMemo(() => markLookup(shownDecorators, matchesByPair, currentIndex), [shownDecorators, matchesByPair, currentIndex]);
  const alignmentFor = useMemo(() => alignmentLookup(transcript, chinese, sentenceModel), [transcript, chinese, sentenceModel]);
  const oneLanguage = view === 'en' || view === 'zh' ? view : null;
  const accordion = useNarrowScreen() && view === 'side';

  // A sentence deep link (#s3) lights its sentence and its partner in the pair it is in.
  const pinned = useMemo(() => {
    if (place.kind !== 'turn' || !place.sentence) return null;
    const at = sentenceOfTurn(transcript, place.turn, place.sentence);
    const alignment = at ? alignmentFor(place.turn, at.paragraph) : null;
    const link = at && alignment ? alignment.links.findIndex(([en]) => en.includes(at.index)) : -1;
    return at && link >= 0 ? { key: `${place.turn}:${at.paragraph}`, link } : null;
  }, [place, transcript, alignmentFor]);

  // "Copy quote": the pair, or its lit sentence, in both languages, with who said it, the call and a link back.
  const quote = useCallback(
    (turn: number, paragraph: number, link: number | null, format: QuoteFormat) => {
      const value = transcript.turns[turn];
      const pair = value?.paragraphs[paragraph];
      if (!value || !pair) return;
      const zh = (chinese ? chinese.turns[turn]?.[paragraph] : pair.zh) ?? null;
      const alignment = link === null ? null : alignmentFor(turn, paragraph);
      const firstEn = alignment?.links[link ?? -1]?.[0][0];
      const target: ReaderPlace =
        link !== null && firstEn !== undefined
          ? { kind: 'turn', turn, line: null, sentence: sentenceNumber(transcript, turn, paragraph, firstEn) }
          : { kind: 'turn', turn, line: pair.line };
      const source = {
        en: alignment && link !== null && pair.en ? linkText(alignment, pair.en, 'en', link) : pair.en,
        zh: alignment && link !== null && zh ? linkText(alignment, zh, 'zh', link) : zh,
        speaker: value.speaker,
        title: value.title,
        company: transcript.meta.company,
        period: transcript.meta.period,
        callTitle: transcript.meta.title,
        url: new URL(placeHref(target), window.location.origin).href,
      };
      const text = format === 'markdown' ? quoteAsMarkdown(source) : quoteAsText(source);
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard) {
        onQuoteCopied(false);
        return;
      }
      clipboard.writeText(text).then(
        () => onQuoteCopied(true),
        () => onQuoteCopied(false),
      );
    },
    [transcript, chinese, alignmentFor, placeHref, onQuoteCopied],
  );

  // Copying a selection copies the text of the language it starts in, and nothing else (no badges, no buttons).
  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const side = start?.closest('.para-en') ? 'en' : start?.closest('.para-zh') ? 'zh' : null;
    if (!side) return;
    const parts: string[] = [];
    for (const para of event.currentTarget.querySelectorAll(`.para-${side}:not(.para-missing)`)) {
      if (!range.intersectsNode(para)) continue;
      const piece = document.createRange();
      piece.selectNodeContents(para);
      if (para.contains(range.startContainer)) piece.setStart(range.startContainer, range.startOffset);
      if (para.contains(range.endContainer)) piece.setEnd(range.endContainer, range.endOffset);
      const text = piece.toString().trim();
      if (text) parts.push(text);
    }
    if (parts.length === 0) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', parts.join('\n\n'));
  };

  const renderRow = (index: number) => {
    const turn = table.turn[index] ?? -1;
    const item = table.item[index] ?? 0;
    switch (table.kind[index]) {
      case ROW_HEAD:
        return (
          <CallHead
            transcript={transcript}
            disclaimer={disclaimer ?? transcript.disclaimer?.text ?? null}
            summary={chinese ? chinese.summary : transcript.summary.map((line) => line.zh)}
            zhLang={zhLang}
            showSummary={showSummary}
            summaryMatches={matchesByTurn.get(SUMMARY_TURN) ?? NO_MATCHES}
            currentMatch={currentMatch?.turn === SUMMARY_TURN ? currentIndex : null}
            linkForLine={linkForLine}
          />
        );
      case ROW_SECTION: {
        const section = table.sections[item] ?? '';
        return <SectionRow section={section} label={labels.sections[section] ?? section} />;
      }
      case ROW_QUESTION: {
        const question = transcript.questions.find((q) => q.n === item);
        return question ? <QuestionRow question={question} label={labels.question} /> : null;
      }
      case ROW_TURN: {
        const speaker = transcript.turns[turn]?.speaker ?? '';
        return <TurnRow transcript={transcript} turn={turn} firm={firms.get(speaker) ?? null} labels={labels} />;
      }
      default: {
        const key = `${turn}:${item}`;
        const pair = transcript.turns[turn]?.paragraphs[item];
        const zh = chinese ? (chinese.turns[turn]?.[item] ?? null) : undefined;
        return (
          <PairRow
            transcript={transcript}
            turn={turn}
            paragraph={item}
            zh={zh}
            zhLang={zhLang}
            enMarks={marksFor(turn, item, 'en', pair?.en ?? null)}
            zhMarks={marksFor(turn, item, 'zh', zh === undefined ? (pair?.zh ?? null) : zh)}
            current={currentKey === key}
            flags={flags.get(key)}
            labels={labels}
            alignment={layered ? alignmentFor(turn, item) : null}
            pinnedLink={pinned?.key === key ? pinned.link : null}
            oneLanguage={oneLanguage}
            accordion={accordion}
            onQuote={quote}
          />
        );
      }
    }
  };

  const rowClass = (index: number) => rowClassName(table, transcript, index);

  if (printing) {
    return (
      <div className={`transcript view-${view}`} data-transcript="" data-view={view}>
        {Array.from({ length: Math.min(table.count, PRINT_LIMIT) }, (_, index) => (
          <div key={index} className={rowClass(index)}>
            {renderRow(index)}
          </div>
        ))}
      </div>
    );
  }

  const items = virtualizer.getVirtualItems();
  const offset = items[0] ? items[0].start - virtualizer.options.scrollMargin : 0;
  const firstKind = items[0] ? table.kind[items[0].index] : ROW_HEAD;
  const sectionIndex = items[0] && firstKind !== ROW_SECTION && firstKind !== ROW_HEAD ? sectionOfRow(table, items[0].index) : -1;
  const openSection = sectionIndex >= 0 ? (table.sections[sectionIndex] ?? null) : null;
  // The rows of one turn (its header and pairs) are grouped in an <article> named after the speaker, as a reader
  // of the call expects; a turn cut by the edge of what is rendered is still one article, named the same.
  const groups: Array<{ turn: number; items: typeof items }> = [];
  for (const item of items) {
    const kind = table.kind[item.index];
    const turn = kind === ROW_TURN || kind === ROW_PAIR ? (table.turn[item.index] ?? -1) : -1;
    const last = groups[groups.length - 1];
    if (last && turn >= 0 && last.turn === turn) last.items.push(item);
    else groups.push({ turn, items: [item] });
  }
  const renderItem = (item: (typeof items)[number]) => (
    <div key={item.key} data-index={item.index} ref={measureRow} className={rowClass(item.index)}>
      {renderRow(item.index)}
    </div>
  );
  return (
    <div
      ref={listRef}
      className={`transcript view-${view}`}
      data-transcript=""
      data-view={view}
      onCopy={onCopy}
      // Room after the last row, so that any place, the last question too, can be brought up under the bar.
      style={{ height: virtualizer.getTotalSize() + Math.max(0, window.innerHeight - stickyTop - 160), position: 'relative' }}
    >
      {/* The call's title and the section being read stay the page's headings (for the outline, and screen
          readers) when their rows are far above what is rendered. */}
      {items[0] && items[0].index > 0 ? <h1 className="visually-hidden">{transcript.meta.title}</h1> : null}
      {openSection !== null ? <h2 className="visually-hidden">{labels.sections[openSection] ?? openSection}</h2> : null}
      <div className="rows" style={{ transform: `translateY(${offset}px)` }}>
        {groups.map((group) =>
          group.turn < 0 ? (
            group.items.map(renderItem)
          ) : (
            <article key={`turn-${group.turn}`} className="turn" data-turn={group.turn} aria-label={transcript.turns[group.turn]?.speaker}>
              {group.items.map(renderItem)}
            </article>
          ),
        )}
      </div>
    </div>
  );
});
