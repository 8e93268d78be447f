import type { Transcript } from '../../../core/transcript-model.ts';
import type { ViewMode } from './view-mode.ts';
import { ROW_HEAD, ROW_PAIR, ROW_QUESTION, ROW_SECTION, type RowTable } from './reader-rows.ts';

/** What the size of a row depends on: the view, the width of the reading column and the text size. */
export interface RowLayout {
  view: ViewMode;
  /** Width of the reading column in px. */
  width: number;
  /** The reading text size in px (16 at 100%). */
  fontPx: number;
}

/** A row's height before it is measured, in px: close enough that the scroll bar does not jump much. */
export function estimateRowHeight(transcript: Transcript, table: RowTable, index: number, layout: RowLayout): number {
  const { fontPx } = layout;
  switch (table.kind[index]) {
    case ROW_HEAD:
      return 220 + transcript.summary.length * 70;
    case ROW_SECTION:
      return 5 * fontPx;
    case ROW_QUESTION:
      return 5.2 * fontPx;
    case ROW_PAIR: {
      const pair = transcript.turns[table.turn[index] ?? 0]?.paragraphs[table.item[index] ?? 0];
      const en = pair?.en?.length ?? 24;
      const zh = pair?.zh?.length ?? 12;
      const twoColumns = layout.view === 'side' && layout.width >= 560;
      const column = twoColumns ? (layout.width - 2.5 * fontPx) / 2 : layout.width;
      const enLines = Math.max(1, Math.ceil(en / Math.max(8, column / (fontPx * 0.52))));
      const zhLines = Math.max(1, Math.ceil(zh / Math.max(4, column / (fontPx * 0.97))));
      const enHeight = enLines * fontPx * 1.68;
      const zhHeight = zhLines * fontPx * 0.95 * 1.9;
      const padding = fontPx * 0.9;
      if (layout.view === 'en') return enHeight + padding;
      if (layout.view === 'zh') return zhHeight + padding;
      if (twoColumns) return Math.max(enHeight, zhHeight) + padding;
      return enHeight + zhHeight + padding + fontPx * 0.45;
    }
    default:
      return 3 * fontPx;
  }
}
