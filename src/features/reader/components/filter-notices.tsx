import type { ReactNode } from 'react';
import { Formatted, Quoted } from '../../../components/formatted.tsx';
import { useMessages } from '../../../lib/i18n.ts';
import type { ReaderFilters } from '../hooks/use-reader-filters.ts';
import { readerMessages } from '../messages.ts';
import type { ReaderPlace } from '../utils/reader-place.ts';

export interface FilterNoticesProps {
  place: ReaderPlace;
  filters: ReaderFilters;
  onShowEveryone: () => void;
  onDismiss: () => void;
  /** The "only flagged pairs" notice, from the translation-checks feature. */
  flagged: ReactNode;
}

/** Notices under the reader's bar: an address that names nothing, the filters in force, and a filter a jump turned off. */
export function FilterNotices({ place, filters, onShowEveryone, onDismiss, flagged }: FilterNoticesProps) {
  const m = useMessages(readerMessages);
  const revealed = filters.revealed;
  if (place.kind !== 'invalid' && !filters.speaker && !flagged && !revealed) return null;
  return (
    <div className="filter-notices">
      {place.kind === 'invalid' ? (
        <p role="alert" className="notice notice-alert">
          <Formatted template={m.badPlace} values={{ place: <Quoted>{place.text}</Quoted> }} />
        </p>
      ) : null}
      {filters.speaker ? (
        <p className="notice filter-notice">
          <span>
            <Formatted template={m.showingOnly} values={{ name: <Quoted>{filters.speaker}</Quoted> }} />
          </span>
          <button type="button" className="link-button" onClick={onShowEveryone}>
            {m.showEveryone}
          </button>
        </p>
      ) : null}
      {flagged}
      {revealed ? (
        <p role="status" className="notice filter-notice">
          <span>
            {revealed.speaker !== null ? (
              <Formatted template={m.revealedSpeaker} values={{ name: <Quoted>{revealed.speaker}</Quoted> }} />
            ) : (
              m.revealedFlagged
            )}
          </span>
          <button type="button" className="link-button" onClick={onDismiss}>
            {m.dismiss}
          </button>
        </p>
      ) : null}
    </div>
  );
}
