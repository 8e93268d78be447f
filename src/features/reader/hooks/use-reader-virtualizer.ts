import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { Transcript } from '../../../core/transcript-model.ts';
import { useSettings } from '../../../lib/settings.ts';
import type { RowTable } from '../utils/reader-rows.ts';
import { estimateRowHeight } from '../utils/row-size.ts';
import type { ViewMode } from '../utils/view-mode.ts';

export type ReaderVirtualizer = Virtualizer<Window, Element>;

/** A row's key, stable across filters: kind, turn and item packed in one number (no string per row). */
function packedKey(table: RowTable, index: number): number {
  return ((table.kind[index] ?? 0) * 0x1000000 + ((table.turn[index] ?? -1) + 1)) * 0x1000000 + (table.item[index] ?? 0);
}

/** Rows kept rendered above and below the screen. */
const OVERSCAN = 8;

/**
 * The window-scrolled virtualizer of the reader's rows (TanStack Virtual): only rows near the screen are in
 * the page, each measured as it renders; the others count with an estimate from their text length and the layout.
 * `firstRow` is rendered first (a deep link opens there without painting the top of the call on the way).
 */
export function useReaderVirtualizer({
  transcript,
  table,
  view,
  stickyTop,
  listRef,
  firstRow,
}: {
  transcript: Transcript;
  table: RowTable;
  view: ViewMode;
  stickyTop: number;
  listRef: RefObject<HTMLDivElement | null>;
  firstRow: number;
}): ReaderVirtualizer {
  const { fontScale } = useSettings();
  // Where the list starts in the page, and its width: read after each layout, kept when unchanged.
  const [box, setBox] = useState({ top: 0, width: 1000 });
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const read = () => {
      const rect = list.getBoundingClientRect();
      const next = { top: Math.round(rect.top + window.scrollY), width: Math.round(rect.width) || 1000 };
      setBox((previous) => (previous.top === next.top && previous.width === next.width ? previous : next));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(list);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, [listRef, stickyTop]);

  const fontPx = 16 * fontScale;
  // Every row's estimate, worked out once per layout: the virtualizer asks for the estimates of all rows after the
  // first one measured each time a row is measured, which on a call of 100,000 turns after a jump made tasks of
  // 300 ms with the estimate computed (and a layout object made) on each ask.
  const estimates = useMemo(() => {
    const layout = { view, width: box.width, fontPx };
    const sizes = new Float64Array(table.count);
    for (let index = 0; index < table.count; index += 1) sizes[index] = estimateRowHeight(transcript, table, index, layout);
    return sizes;
  }, [transcript, table, view, box.width, fontPx]);
  const estimateSize = useCallback((index: number) => estimates[index] ?? 3 * fontPx, [estimates, fontPx]);
  const getItemKey = useCallback((index: number) => packedKey(table, index), [table]);

  const [initialOffset] = useState(() => {
    if (firstRow <= 0) return 0;
    let offset = 0;
    for (let index = 0; index < firstRow && index < table.count; index += 1) offset += estimateSize(index);
    return Math.max(0, offset - stickyTop);
  });

  const virtualizer = useWindowVirtualizer({
    count: table.count,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin: box.top,
    // A jump puts its row's top 8 px under the bar, just above the reading line (12 px; see transcript-view).
    scrollPaddingStart: stickyTop + 8,
    initialOffset,
    // Rows measured by the ResizeObserver are taken together in the next frame, not one recount each.
    useAnimationFrameWithResizeObserver: true,
  });
  // A row that changes size above the reading area (rows that start under the sticky bar, which the reader cannot
  // see) moves the page by as much, so that what is read stays put. A row that starts in the reading area keeps its
  // top where it is when it grows (a jump's row, 8 px under the bar, when its translation badge arrives).
  useLayoutEffect(() => {
    keepReadingLine(virtualizer, stickyTop);
  }, [virtualizer, stickyTop]);
  return virtualizer;
}

/** Sets the virtualizer's size-change rule (a field of the instance, not an option) for a sticky bar this tall. */
function keepReadingLine(virtualizer: ReaderVirtualizer, stickyTop: number): void {
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
    item.start < (instance.scrollOffset ?? 0) + stickyTop;
}
