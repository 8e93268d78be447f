import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from '../../../lib/schedule.ts';

/** Rows rendered with the page: more than a tall window holds. */
export const FIRST_ROWS = 30;
/** Rows added after each painted frame until every row is there. */
export const MORE_ROWS = 40;

/**
 * How many rows of a long list to render now (`total`: the list's rows, null while it loads). The first FIRST_ROWS
 * come with the page, so that it is ready as soon as its first screen is; then MORE_ROWS more after each painted
 * frame, in a transition (input is never held up), until every row is in the page, where the browser's find and the
 * keyboard reach it. Before printing, every row at once. The count only grows: a filter that narrows the list and is
 * cleared again does not start over.
 */
export function useRevealedRows(total: number | null): number {
  const [shown, setShown] = useState(FIRST_ROWS);

  useEffect(() => {
    if (total === null || shown >= total) return;
    return afterNextPaint(() => startTransition(() => setShown((count) => count + MORE_ROWS)));
  }, [shown, total]);

  useEffect(() => {
    const onPrint = () => flushSync(() => setShown(Number.POSITIVE_INFINITY));
    window.addEventListener('beforeprint', onPrint);
    return () => window.removeEventListener('beforeprint', onPrint);
  }, []);

  return total === null ? 0 : Math.min(shown, total);
}
