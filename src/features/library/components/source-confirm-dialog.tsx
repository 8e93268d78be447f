import { useId, useRef } from 'react';
import { useModalDialog } from '../../../components/use-modal-dialog.ts';
import { useMessages } from '../../../lib/i18n.ts';
import { libraryMessages } from '../messages.ts';
import { formatParts } from './format-parts.tsx';

/**
 * Asks before Duet downloads a transcript named by a `?src=` link from another site: the link came from outside,
 * and fetching tells that site the person opened it. Shows the host in the question and the full address below.
 * Focus starts on Cancel, so that Enter alone never fetches.
 */
export function SourceConfirmDialog({ url, onOpen, onCancel }: { url: URL; onOpen: () => void; onCancel: () => void }) {
  const m = useMessages(libraryMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useModalDialog(dialog, true, () => cancel.current);

  return (
    <dialog ref={dialog} className="lib-dialog" aria-labelledby={titleId} aria-describedby={bodyId} onClose={onCancel}>
      <h2 id={titleId} className="lib-dialog-title">
        {formatParts(m.confirmTitle, { host: url.host })}
      </h2>
      <p id={bodyId} className="lib-muted">
        {m.confirmBody}
      </p>
      <p className="lib-label">{m.confirmAddress}</p>
      <p className="lib-address">
        <bdi>
          <code>{url.href}</code>
        </bdi>
      </p>
      <div className="lib-dialog-actions">
        <button ref={cancel} type="button" className="lib-button lib-button-quiet" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="button" className="lib-button lib-button-primary" onClick={onOpen}>
          {m.confirmOpen}
        </button>
      </div>
    </dialog>
  );
}
