import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { afterNextPaint } from '../../../lib/schedule.ts';

/** Rows rendered with the page: more than a tall window holds. */
export const FIRST_ROWS = 30;

/** Whether the page is being printed (from `beforeprint` to `afterprint`). */
let printing = false;

function subscribePrinting(onChange: () => void): () => void {
  const before = () => {
    printing = true;
    onChange();
  };
  const after = () => {
    printing = false;
    onChange();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

/**
 * How many rows of a long list to render now (`total`: the list's rows, null while it loads). The first FIRST_ROWS
 * come with the page, so that it is ready as soon as its first screen is; then twice as many after each painted
 * frame (60, 120, 240, …: a few slices, each in a transition), until every row is in the page, where the browser's find and the
 * keyboard reach it. While printing, every row (an external store's change renders at once, before the page is laid
 * out for print). The count only grows: a filter that narrows the list and is cleared again does not start over.
 */
export function useRevealedRows(total: number | null): number {
  const [shown, setShown] = useState(FIRST_ROWS);
  const isPrinting = useSyncExternalStore(
    subscribePrinting,
    () => printing,
    () => false,
  );

  // Once printed, every row stays (state adjusted while rendering, as React advises for state derived from a change).
  if (isPrinting && shown !== Number.POSITIVE_INFINITY) setShown(Number.POSITIVE_INFINITY);

  useEffect(() => {
    if (total === null || shown >= total) return;
    return afterNextPaint(() => startTransition(() => setShown((count) => count * 2)));
  }, [shown, total]);

  if (total === null) return 0;
  return isPrinting ? total : Math.min(shown, total);
}
