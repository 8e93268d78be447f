import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import type { GlossaryTerm } from '../../../core/finance-glossary.ts';
import { useMessages } from '../../../lib/i18n.ts';
import { glossaryMessages } from '../messages.ts';
import '../glossary.css';

/** Room between the popover and its term, and the window's edges, in px. */
const GAP = 6;

function termElement(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null;
}

/** Places the popover under its term (above it near the bottom of the window), inside the window. */
function place(tip: HTMLElement, anchor: HTMLElement) {
  const at = anchor.getBoundingClientRect();
  const box = tip.getBoundingClientRect();
  const left = Math.min(Math.max(GAP, at.left), window.innerWidth - box.width - GAP);
  const below = at.bottom + 2;
  const top = below + box.height > window.innerHeight - GAP && at.top - 2 - box.height > GAP ? at.top - 2 - box.height : below;
  tip.style.left = `${Math.max(GAP, Math.round(left))}px`;
  tip.style.top = `${Math.round(top)}px`;
}

interface Open {
  term: GlossaryTerm;
  own: boolean;
  anchor: HTMLElement;
}

/**
 * The glossary's behaviour around the reader's text: a term marked in the English (see useGlossaryMarks) shows its
 * Taiwan rendering and explanation in a popover on hover, keyboard focus or a tap. In a focused paragraph `t` moves
 * to its next term (Shift+T the previous one); Escape closes the popover. The popover is the terms' description
 * (aria-describedby), stays while the pointer is on it, and lives in the top layer.
 */
export function GlossaryLayer({
  tipId,
  termOf,
  ownCount,
  children,
}: {
  tipId: string;
  termOf: (index: number) => GlossaryTerm | undefined;
  /** How many of the glossary's first terms are the reader's own. */
  ownCount: number;
  children: ReactNode;
}) {
  const m = useMessages(glossaryMessages);
  const [open, setOpen] = useState<Open | null>(null);
  const tip = useRef<HTMLDivElement>(null);

  const show = (anchor: HTMLElement) => {
    const index = Number(anchor.dataset.term);
    const term = termOf(index);
    if (!term) return;
    setOpen((current) => (current?.anchor === anchor && current.term === term ? current : { term, own: index < ownCount, anchor }));
  };
  const hide = (anchor?: HTMLElement) => setOpen((current) => (!current || (anchor && current.anchor !== anchor) ? current : null));

  useLayoutEffect(() => {
    const element = tip.current;
    if (!open || !element) return;
    if (typeof element.showPopover === 'function' && !element.matches(':popover-open')) element.showPopover();
    place(element, open.anchor);
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!open.anchor.isConnected) setOpen(null);
        else place(element, open.anchor);
      });
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
      if (typeof element.hidePopover === 'function' && element.matches(':popover-open')) element.hidePopover();
    };
  }, [open]);

  // A tap or click anywhere else closes it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: globalThis.PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || tip.current?.contains(target) || open.anchor.contains(target)) return;
      setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse') return;
    const term = termElement(event.target);
    if (term) show(term);
  };
  const onPointerOut = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse') return;
    const term = termElement(event.target);
    if (!term || term === document.activeElement) return;
    const to = event.relatedTarget;
    if (to instanceof Node && (term.contains(to) || tip.current?.contains(to))) return;
    hide(term);
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const term = termElement(event.target);
    if (term && event.target === term) show(term);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const term = termElement(event.target);
    if (!term || event.target !== term) return;
    if (event.relatedTarget instanceof Node && tip.current?.contains(event.relatedTarget)) return;
    hide(term);
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const term = termElement(event.target);
    if (term) show(term);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      const anchor = open.anchor;
      setOpen(null);
      if (tip.current?.contains(document.activeElement)) anchor.focus();
      return;
    }
    if (event.key !== 't' && event.key !== 'T') return;
    const from = event.target instanceof HTMLElement ? event.target : null;
    const pair = from?.closest<HTMLElement>('.pair');
    if (!from || !pair) return;
    const terms = [...pair.querySelectorAll<HTMLElement>('[data-term]')].filter((term) => term.getClientRects().length > 0);
    if (terms.length === 0) return;
    event.preventDefault();
    const at = terms.indexOf(from);
    const next = event.shiftKey ? (at <= 0 ? terms.length - 1 : at - 1) : (at + 1) % terms.length;
    terms[next]?.focus();
  };

  const term = open?.term;
  return (
    // Handlers for the terms inside (events bubble here from each marked term); every action has its key (t, Escape).
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="glossary-layer"
      onPointerOver={onPointerOver}
      onPointerOut={onPointerOut}
      onFocus={onFocus}
      onBlur={onBlur}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      {children}
      <div
        ref={tip}
        id={tipId}
        role="tooltip"
        className="glossary-tip"
        popover="manual"
        hidden={!term}
        onPointerLeave={(event) => {
          if (event.pointerType === 'mouse' && !(event.relatedTarget instanceof Node && open?.anchor.contains(event.relatedTarget))) {
            if (open?.anchor !== document.activeElement) setOpen(null);
          }
        }}
      >
        {term ? (
          <>
            <span className="glossary-tip-head">
              <span className="glossary-tip-en" lang="en">
                {term.en}
              </span>
              {open?.own ? <span className="glossary-tip-own">{m.ownBadge}</span> : null}
            </span>
            <span className="glossary-tip-line">
              <span className="glossary-tip-label">{m.taiwan}</span>{' '}
              <span className="glossary-tip-zh" lang="zh-Hant">
                {term.zh.join('、')}
              </span>
            </span>
            {term.note ? (
              <span className="glossary-tip-note" lang={/[\u3400-\u9fff]/.test(term.note) ? 'zh-Hant' : undefined}>
                {term.note}
              </span>
            ) : null}
            {term.wrong.length > 0 ? (
              <span className="glossary-tip-line glossary-tip-wrong">
                <span className="glossary-tip-label">{m.wrong}</span> <span lang="zh-Hant">{term.wrong.join('、')}</span>
              </span>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
