import { readerBarBottom } from './pin-scroll.ts';

/** What was at the top of the reading area, so it can be put back after the layout changes. */
export interface ScrollAnchor {
  /** A CSS selector for the element (a paragraph pair or a turn). */
  selector: string;
  /** Its top, in px from the top of the viewport, when captured. */
  top: number;
}

/** The paragraph pair (or turn) at the top of the reading area, or null when nothing is there. */
export function captureScrollAnchor(): ScrollAnchor | null {
  const content = document.querySelector<HTMLElement>('[data-transcript]');
  if (!content || typeof document.elementFromPoint !== 'function') return null;
  const box = content.getBoundingClientRect();
  const y = readerBarBottom() + 16;
  for (const x of [box.left + 24, box.left + box.width / 2, box.right - 24]) {
    const hit = document.elementFromPoint(x, y);
    const pair = hit?.closest<HTMLElement>('[data-pair]');
    if (pair?.dataset.pair) return { selector: `[data-pair="${pair.dataset.pair}"]`, top: pair.getBoundingClientRect().top };
    const turn = hit?.closest<HTMLElement>('[data-turn]');
    if (turn?.dataset.turn) return { selector: `[data-turn="${turn.dataset.turn}"]`, top: turn.getBoundingClientRect().top };
  }
  return null;
}
