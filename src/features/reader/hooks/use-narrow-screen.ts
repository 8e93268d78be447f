import { useSyncExternalStore } from 'react';

/** The width below which the reader lays out for a phone (global.css: `max-width: 799.98px`). */
const NARROW = '(max-width: 799.98px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function narrowNow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;
}

/** True while the window is phone-sized: the reader's rows then carry what only a phone shows (the English button). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, narrowNow, () => false);
}
