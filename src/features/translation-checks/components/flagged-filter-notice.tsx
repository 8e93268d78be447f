import { format, useMessages } from '../../../lib/i18n.ts';
import { translationChecksMessages } from '../messages.ts';

export interface FlaggedFilterNoticeProps {
  /** How many pairs are flagged. */
  count: number;
  onShowAll: () => void;
}

/** The line above the call while only flagged pairs are shown, with the way back to every pair. */
export function FlaggedFilterNotice({ count, onShowAll }: FlaggedFilterNoticeProps) {
  const m = useMessages(translationChecksMessages);
  return (
    <p className="notice filter-notice">
      <span>{format(m.showingFlagged, { count })}</span>
      <button type="button" className="link-button" onClick={onShowAll}>
        {m.showAllPairs}
      </button>
    </p>
  );
}
