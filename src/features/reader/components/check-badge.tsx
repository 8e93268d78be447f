import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { TextParts, type TextPart } from '../../../components/text-parts.tsx';
import '../translation-flags.css';

/** A problem found in a pair's translation, in plain words of the interface language. */
export interface PairFlag {
  /** The kind of problem ("Numbers"). */
  title: string;
  message: readonly TextPart[];
}

export interface CheckBadgeProps {
  flags: readonly PairFlag[];
  /** The badge's accessible name ("Translation check: 1 issue"). */
  label: string;
}

/** Whether this browser has popovers (the top layer); without them the explanation hangs under the badge. */
const HAS_POPOVER = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** Room kept between the explanation and the badge, and the edges of the window, in px. */
const GAP = 8;

/** Places the explanation (in the top layer) under the badge, or above it near the bottom, inside the window. */
function place(tip: HTMLElement, badge: HTMLElement) {
  const anchor = badge.getBoundingClientRect();
  const box = tip.getBoundingClientRect();
  const left = Math.min(Math.max(GAP, anchor.left + anchor.width / 2 - box.width / 2), window.innerWidth - box.width - GAP);
  const below = anchor.bottom + GAP;
  const top = below + box.height > window.innerHeight - GAP && anchor.top - GAP - box.height > GAP ? anchor.top - GAP - box.height : below;
  tip.style.left = `${Math.max(GAP, Math.round(left))}px`;
  tip.style.top = `${Math.round(top)}px`;
}

/**
 * The "!" marker of a flagged pair. Its explanation is a tooltip that shows on hover and on keyboard focus (and
 * on a tap), describes the button (aria-describedby), stays while the pointer is on it, and closes with Escape.
 * Where the browser has popovers it is shown in the top layer, so the turn's paint containment (content-visibility)
 * cannot clip it; elsewhere it hangs under the badge.
 */
export function CheckBadge({ flags, label }: CheckBadgeProps) {
  const [open, setOpen] = useState(false);
  const tipId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const tip = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = tip.current;
    const badge = button.current;
    if (!open || !element || !badge || !HAS_POPOVER) return;
    element.showPopover();
    place(element, badge);
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => place(element, badge));
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
      if (element.matches(':popover-open')) element.hidePopover();
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    <div
      className={open ? 'check check-open' : 'check'}
      ref={wrapper}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        ref={button}
        type="button"
        className="check-badge"
        aria-label={label}
        aria-describedby={tipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">!</span>
      </button>
      <div role="tooltip" id={tipId} className="check-tip" hidden={!open} popover={HAS_POPOVER ? 'manual' : undefined} ref={tip}>
        {flags.length === 1 && flags[0] ? (
          <p className="check-tip-item">
            <strong className="check-tip-title">{flags[0].title}</strong>
            <span className="visually-hidden">:</span> <TextParts parts={flags[0].message} />
          </p>
        ) : (
          <ul className="check-tip-list">
            {flags.map((flag, index) => (
              <li key={index} className="check-tip-item">
                <strong className="check-tip-title">{flag.title}</strong>
                <span className="visually-hidden">:</span> <TextParts parts={flag.message} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
