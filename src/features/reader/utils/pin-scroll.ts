/**
 * Keeps an element at a place in the viewport while the layout settles. With `content-visibility: auto`,
 * turns above the target get their real heights only once rendered, so a single scroll lands off target:
 * we correct every frame until the element has stayed put for a few frames, then stop. Any wheel, touch or
 * key from the reader stops it at once.
 */
export interface PinOptions {
  /** Where the element's top should be, in px from the top of the viewport; may depend on the element. */
  top: (element: HTMLElement) => number;
  /** Called once when the pinning ends (settled, gave up, or interrupted). */
  onSettled?: () => void;
}

const STABLE_FRAMES = 6;
const MAX_FRAMES = 150;

/** Scrolls `element` to `options.top` and keeps it there until layout settles. Returns a cancel function. */
export function pinElement(element: HTMLElement, options: PinOptions): () => void {
  let frame = 0;
  let stable = 0;
  let handle = 0;
  let done = false;
  const events = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

  const finish = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(handle);
    for (const name of events) window.removeEventListener(name, finish, true);
    options.onSettled?.();
  };

  const correction = () => element.getBoundingClientRect().top - options.top(element);

  const tick = () => {
    if (done) return;
    if (!element.isConnected) return finish();
    const delta = correction();
    if (Math.abs(delta) > 1) {
      window.scrollBy({ top: delta, behavior: 'instant' });
      stable = 0;
    } else {
      stable += 1;
    }
    frame += 1;
    if (stable >= STABLE_FRAMES || frame >= MAX_FRAMES) return finish();
    handle = requestAnimationFrame(tick);
  };

  for (const name of events) window.addEventListener(name, finish, { capture: true, passive: true });
  window.scrollBy({ top: correction(), behavior: 'instant' });
  handle = requestAnimationFrame(tick);
  return finish;
}

/** Bottom of the sticky reading bar (and of any sticky notice under it), for placing targets just below. */
export function readerBarBottom(): number {
  let bottom = 0;
  for (const element of document.querySelectorAll<HTMLElement>('[data-reader-bar], [data-reader-sticky]')) {
    bottom = Math.max(bottom, element.getBoundingClientRect().bottom);
  }
  return bottom;
}
