import { format, useMessages } from '../../../lib/i18n.ts';
import type { NoteWriteStatus } from '../hooks/use-call-notes.ts';
import { notesMessages } from '../messages.ts';

const REASONS: Record<string, 'reason_full' | 'reason_unavailable' | 'reason_outdated'> = {
  'storage-full': 'reason_full',
  'storage-unavailable': 'reason_unavailable',
  'storage-outdated': 'reason_outdated',
};

/** Says at once when a highlight could not be saved (an alert), or that two tabs' edits of a note were merged. */
export function NotesStatus({ status, onDismiss }: { status: NoteWriteStatus; onDismiss: () => void }) {
  const m = useMessages(notesMessages);
  const failed = status.kind === 'failed';
  const reason = failed ? m[REASONS[status.reason] ?? 'reason_other'] : '';
  // Rendered only when there is something to say (an alert is read out as it appears).
  if (failed) {
    return (
      <div role="alert" className="notes-status notes-status-failed">
        <p>{format(status.action === 'save' ? m.saveFailed : m.deleteFailed, { reason })}</p>
        <button type="button" className="button button-small" onClick={onDismiss}>
          {m.dismiss}
        </button>
      </div>
    );
  }
  if (status.kind !== 'conflict') return null;
  return (
    <div role="status" className="notes-status">
      <p>{m.conflict}</p>
      <button type="button" className="button button-small" onClick={onDismiss}>
        {m.dismiss}
      </button>
    </div>
  );
}
