import { memo, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { SentenceAlignment } from '../../../core/align-sentences.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import { format } from '../../../lib/i18n.ts';
import { CheckBadge, type PairFlag } from './check-badge.tsx';
import { MarkedText, type SentenceSpan, type TextMark } from './marked-text.tsx';
import type { RowLabels } from './reader-rows.tsx';

/** How a pair's quote is copied: plain text, or Markdown. */
export type QuoteFormat = 'text' | 'markdown';

export interface PairRowProps {
  transcript: Transcript;
  turn: number;
  paragraph: number;
  /** The Chinese to show when converted to Simplified; undefined shows the file's text. */
  zh: string | null | undefined;
  zhLang: 'zh-Hant' | 'zh-Hans';
  /** What features mark in each language (search matches, highlights, terms); shared empty arrays when none. */
  enMarks: readonly TextMark[];
  zhMarks: readonly TextMark[];
  /** The pair holds the current search match. */
  current: boolean;
  flags: readonly PairFlag[] | undefined;
  labels: RowLabels;
  /** The sentences of the two sides as shown, and which go together; null until aligned. */
  alignment: SentenceAlignment | null;
  /** A link (index into `alignment.links`) to light as the row appears: a sentence deep link. */
  pinnedLink: number | null;
  /** In English only or Chinese only, the language shown (a sentence then shows its counterpart in a popover). */
  oneLanguage: 'en' | 'zh' | null;
  /** Side by side on a phone: the Chinese first, the English behind a button under it. */
  accordion: boolean;
  onQuote: (turn: number, paragraph: number, link: number | null, format: QuoteFormat) => void;
}

/** Below this, a link between sentences is a guess: its sentences are marked quietly. */
const DOUBTFUL = 0.5;

/** The sentence spans of one side, each carrying its link and how sure the link is. */
function sentenceSpans(alignment: SentenceAlignment, side: 'en' | 'zh', lit: number | null, labels: RowLabels): SentenceSpan[] {
  const spans = alignment[side];
  const linkOf = new Array<number>(spans.length).fill(-1);
  alignment.links.forEach(([en, zh], link) => {
    for (const index of side === 'en' ? en : zh) linkOf[index] = link;
  });
  return spans.map((span, index) => {
    const link = linkOf[index] ?? -1;
    const [en = [], zh = [], confidence = 1] = alignment.links[link] ?? [];
    const alone = en.length === 0 || zh.length === 0;
    const classes = ['s'];
    if (link === lit) classes.push('s-lit');
    if (alone) classes.push('s-alone');
    else if (confidence < DOUBTFUL) classes.push('s-doubt');
    return {
      start: span.start,
      end: span.end,
      className: classes.join(' '),
      attributes: {
        'data-link': String(link),
        title: alone ? labels.sentenceAlone : confidence < DOUBTFUL ? labels.sentenceDoubt : undefined,
      },
    };
  });
}

/** The text of the sentences of a link on one side. */
export function linkText(alignment: SentenceAlignment, text: string, side: 'en' | 'zh', link: number): string {
  const [en = [], zh = []] = alignment.links[link] ?? [];
  return (side === 'en' ? en : zh)
    .map((index) => alignment[side][index])
    .filter((span) => span !== undefined)
    .map((span) => text.slice(span.start, span.end).trim())
    .join(' ');
}

/** The link a pointer or tap is on, if it is on a sentence of this pair. */
function linkAt(target: EventTarget | null): number | null {
  const sentence = target instanceof Element ? target.closest<HTMLElement>('[data-link]') : null;
  const link = Number(sentence?.dataset.link ?? Number.NaN);
  return Number.isInteger(link) && link >= 0 ? link : null;
}

/**
 * One aligned paragraph pair: the English and its Chinese, side by side or one under the other (by CSS).
 * Pointing at, tapping or arrowing to a sentence lights it and its partner in the other language; in a
 * one-language view its partner shows in a popover; on a phone the English of a pair opens under its Chinese.
 */
export const PairRow = memo(function PairRow({
  transcript,
  turn,
  paragraph,
  zh,
  zhLang,
  enMarks,
  zhMarks,
  current,
  flags,
  labels,
  alignment,
  pinnedLink,
  oneLanguage,
  accordion,
  onQuote,
}: PairRowProps) {
  const [lit, setLit] = useState<number | null>(pinnedLink);
  // The pair's tools are in the page only while it is pointed at, focused or opened: a few dozen rows with two
  // buttons each doubled what a view switch lays out, for tools only one pair at a time shows.
  const [active, setActive] = useState(false);
  const [popover, setPopover] = useState<number | null>(null);
  const [open, setOpen] = useState(pinnedLink !== null);
  // The pinned sentence (#s<n>) may be known only after the row mounts, or move to another link when the alignment
  // changes (the call's own sentence model arrives once the browser is idle): the row follows it.
  const [pinnedSeen, setPinnedSeen] = useState(pinnedLink);
  if (pinnedSeen !== pinnedLink) {
    setPinnedSeen(pinnedLink);
    if (pinnedLink !== null) {
      setLit(pinnedLink);
      setOpen(true);
    }
  }
  const rowRef = useRef<HTMLDivElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const popoverId = useId();

  // The counterpart popover sits under its sentence (in the top layer where the browser has popovers).
  useLayoutEffect(() => {
    const tip = popoverRef.current;
    const row = rowRef.current;
    if (popover === null || !tip || !row) return;
    const sentence = row.querySelector<HTMLElement>(`.para-${oneLanguage ?? 'en'} [data-link="${popover}"]`);
    if (typeof tip.showPopover === 'function' && !tip.matches(':popover-open')) tip.showPopover();
    const anchor = (sentence ?? row).getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    const left = Math.min(Math.max(8, anchor.left), window.innerWidth - box.width - 8);
    const below = anchor.bottom + 6;
    const top = below + box.height > window.innerHeight - 8 ? Math.max(8, anchor.top - 6 - box.height) : below;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
    return () => {
      if (typeof tip.hidePopover === 'function' && tip.matches(':popover-open')) tip.hidePopover();
    };
  }, [popover, oneLanguage]);

  const value = transcript.turns[turn];
  const pair = value?.paragraphs[paragraph];
  if (!value || !pair) return null;
  const zhText = zh === undefined ? pair.zh : zh;
  const links = alignment?.links.length ?? 0;

  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse') return;
    const link = linkAt(event.target);
    if (link !== null && link !== lit) setLit(link);
  };
  const onPointerEnter = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse') setActive(true);
  };
  const onPointerLeave = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse') return;
    if (document.activeElement !== rowRef.current) setLit(null);
    if (!event.currentTarget.contains(document.activeElement)) setActive(false);
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('button, a, [data-highlight], [data-term]')) return;
    const link = linkAt(event.target);
    if (link === null) return;
    setLit(link);
    setOpen(true);
    if (oneLanguage) setPopover(popover === link ? null : link);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = event.currentTarget;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        if (links === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowRight' ? 1 : -1;
        const next = lit === null ? (step > 0 ? 0 : links - 1) : Math.min(links - 1, Math.max(0, lit + step));
        setLit(next);
        if (popover !== null) setPopover(next);
        return;
      }
      case 'ArrowDown':
      case 'ArrowUp': {
        // Pair to pair, like a feed.
        const pairs = [...(row.closest('[data-transcript]')?.querySelectorAll<HTMLElement>('.pair') ?? [])];
        const next = pairs[pairs.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
        if (next) {
          event.preventDefault();
          next.focus();
        }
        return;
      }
      case 'Enter':
        if (oneLanguage && lit !== null) {
          event.preventDefault();
          setPopover(popover === lit ? null : lit);
        } else if (!oneLanguage) {
          event.preventDefault();
          setOpen((value) => !value);
        }
        return;
      case 'Escape':
        if (popover !== null || lit !== null) {
          event.preventDefault();
          event.stopPropagation();
          setPopover(null);
          setLit(null);
        }
        return;
      default:
    }
  };
  const onBlur = (event: { relatedTarget: EventTarget | null; currentTarget: HTMLElement }) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setPopover(null);
    setLit(null);
    if (!event.currentTarget.matches(':hover')) setActive(false);
  };

  const classes = ['pair', `pair-${value.role}`];
  if (flags) classes.push('pair-flagged');
  if (current) classes.push('pair-current');
  const counterpartSide = oneLanguage === 'en' ? 'zh' : 'en';
  const counterpartText = counterpartSide === 'en' ? pair.en : zhText;
  return (
    // A pair is a stop of the reading feed (Tab, ↑ ↓); inside it ← → move sentence by sentence, Enter shows the
    // other language: pointer and touch have the same through the sentences' own events, handled here once.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- see above: every action has its key
    <div
      ref={rowRef}
      className={classes.join(' ')}
      id={`L${pair.line}`}
      data-pair={`${turn}:${paragraph}`}
      data-open={open ? '' : undefined}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a feed item: sentences are reached from it with the arrow keys
      tabIndex={0}
      onPointerOver={onPointerOver}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onFocus={() => setActive(true)}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {pair.en !== null ? (
        <p className="para para-en" lang="en">
          <MarkedText text={pair.en} sentences={alignment ? sentenceSpans(alignment, 'en', lit, labels) : undefined} marks={enMarks} />
        </p>
      ) : (
        <p className="para para-en para-missing" lang={labels.uiLanguage}>
          {labels.noEnglish}
        </p>
      )}
      {zhText !== null ? (
        <p className="para para-zh" lang={zhLang}>
          <MarkedText text={zhText} sentences={alignment ? sentenceSpans(alignment, 'zh', lit, labels) : undefined} marks={zhMarks} />
        </p>
      ) : (
        <p className="para para-zh para-missing" lang={labels.uiLanguage}>
          {labels.noTranslation}
        </p>
      )}
      {/* The badge beside the Chinese comes before the pair's tools in the focus order, as on screen. */}
      {flags ? (
        <CheckBadge flags={flags} label={flags.length === 1 ? labels.checkOne : format(labels.checkMany, { count: flags.length })} />
      ) : null}
      {accordion ? (
        <button type="button" className="pair-toggle" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          {labels.showEnglish}
        </button>
      ) : null}
      {active || open ? (
        <span className="pair-tools">
          <button
            type="button"
            className="pair-tool"
            aria-label={lit === null ? labels.copyQuote : labels.copySentence}
            title={lit === null ? labels.copyQuote : labels.copySentence}
            onClick={() => onQuote(turn, paragraph, lit, 'text')}
          >
            <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true" focusable="false">
              <rect x="6.5" y="6.5" width="9" height="10" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M4.5 13.5V4.8c0-.7.6-1.3 1.3-1.3h6.7" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
          </button>
          <button
            type="button"
            className="pair-tool"
            aria-label={`${lit === null ? labels.copyQuote : labels.copySentence} (${labels.copyMarkdown})`}
            title={`${lit === null ? labels.copyQuote : labels.copySentence} (${labels.copyMarkdown})`}
            onClick={() => onQuote(turn, paragraph, lit, 'markdown')}
          >
            <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true" focusable="false">
              <path
                d="M3 14V6l3 4 3-4v8M13.5 6v7.5M11 11l2.5 2.7L16 11"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        </span>
      ) : null}
      {popover !== null && alignment && counterpartText ? (
        <div ref={popoverRef} className="sentence-popover" id={popoverId} popover="manual" role="note">
          <span className="sentence-popover-label">{counterpartSide === 'en' ? labels.inEnglish : labels.inChinese}</span>
          <span lang={counterpartSide === 'en' ? 'en' : zhLang}>
            {linkText(alignment, counterpartText, counterpartSide, popover) || labels.sentenceAlone}
          </span>
        </div>
      ) : null}
    </div>
  );
});
